package io.edgewise.base.api;

import java.util.Arrays;
import java.util.List;
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
      throw ProblemException.invalid(
          "unknown " + parameter + " '" + value + "'",
          List.of(
              new Problem.FieldError(
                  parameter, "must be one of " + Arrays.toString(type.getEnumConstants()))));
    }
  }
}
