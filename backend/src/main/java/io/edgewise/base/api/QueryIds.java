package io.edgewise.base.api;

import io.edgewise.base.error.InvalidInput;
import java.util.UUID;

/**
 * Parses id-valued query parameters, answering 400 naming the parameter instead of JAX-RS's 404.
 */
public final class QueryIds {

  private QueryIds() {}

  /** The UUID in {@code value}, or null when {@code value} is blank. */
  public static UUID parse(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.field("'" + value + "' is not an id", parameter, "must be a UUID");
    }
  }
}
