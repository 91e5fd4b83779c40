package io.edgewise.base.api;

import io.edgewise.base.error.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses enum-valued query parameters, answering 400 naming the parameter instead of JAX-RS's 404.
 */
public final class QueryEnums {

  private QueryEnums() {}

  /**
   * The constant named by {@code value} (case-insensitive), or null when {@code value} is blank.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.field(
          "unknown " + parameter + " '" + value + "'",
          parameter,
          "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
