package io.edgewise.ui.fleet;

import io.edgewise.fleet.Device;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Labels typed as text, the way the CSV import writes them: {@code key=value} pairs separated by
 * {@code ;} (or {@code ,}), each key once, keys matching {@link Device#LABEL_KEY_PATTERN}.
 */
public final class LabelText {

  private LabelText() {}

  /**
   * The labels in {@code text}; an empty map for blank text; {@link IllegalArgumentException}
   * saying what is wrong.
   */
  public static Map<String, String> parse(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null) {
      return labels;
    }
    for (String pair : text.split("[;,]")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("'" + pair.trim() + "' must be key=value");
      }
      String key = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (!key.matches(Device.LABEL_KEY_PATTERN)) {
        throw new IllegalArgumentException(
            "label key '" + key + "' may use letters, digits and . _ / - (1 to 63 characters)");
      }
      if (value.length() > Device.LABEL_VALUE_MAX) {
        throw new IllegalArgumentException(
            "the value of '" + key + "' is longer than " + Device.LABEL_VALUE_MAX + " characters");
      }
      if (labels.put(key, value) != null) {
        throw new IllegalArgumentException("label '" + key + "' appears twice");
      }
    }
    if (labels.size() > Device.LABELS_MAX) {
      throw new IllegalArgumentException("at most " + Device.LABELS_MAX + " labels");
    }
    return labels;
  }

  /** The problem with {@code text}, or null when it parses. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
