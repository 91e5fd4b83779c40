package io.edgewise.base.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional filters of a list query: each filter whose value is absent (null or blank text) adds
 * nothing; the others add one condition with one named parameter, never user text in the query.
 */
public final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();

  /** {@code attribute = :attribute} when {@code value} is present. */
  public Conditions equal(String attribute, Object value) {
    return when(value, attribute + " = :" + attribute, attribute);
  }

  /** {@code clause}, whose one parameter is {@code :param}, when {@code value} is present. */
  public Conditions when(Object value, String clause, String param) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      clauses.add(clause);
      params.put(param, value);
    }
    return this;
  }

  /**
   * A LIKE pattern (escape character {@code !}) matching text that starts with {@code prefix} taken
   * literally.
   */
  public static String likePrefix(String prefix, boolean lowerCase) {
    String text = lowerCase ? prefix.toLowerCase(Locale.ROOT) : prefix;
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  String where() {
    return String.join(" and ", clauses);
  }

  Map<String, Object> params() {
    return params;
  }
}
