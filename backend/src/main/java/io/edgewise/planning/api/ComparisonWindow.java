package io.edgewise.planning.api;

import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code window} query parameter of a prediction comparison: minutes or hours ({@code 15m},
 * {@code 2h}) or an ISO-8601 duration ({@code PT15M}), from 1 minute to 24 hours.
 */
final class ComparisonWindow {

  static final Duration MIN = Duration.ofMinutes(1);
  static final Duration MAX = Duration.ofHours(24);

  private static final Pattern SHORT = Pattern.compile("(\\d{1,5})\\s*([mh])");

  private ComparisonWindow() {}

  /** The window {@code value} names, or {@code otherwise} when it is absent; 400 when invalid. */
  static Duration parse(String value, Duration otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    Duration window = duration(value.trim().toLowerCase(Locale.ROOT));
    if (window == null) {
      throw invalid("'" + value + "' is not a window; write e.g. 15m, 2h or PT15M");
    }
    if (window.compareTo(MIN) < 0 || window.compareTo(MAX) > 0) {
      throw invalid("must be between 1 minute and 24 hours, got " + value);
    }
    return window;
  }

  private static Duration duration(String value) {
    Matcher m = SHORT.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return m.group(2).equals("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
    }
    try {
      return Duration.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static InvalidInput invalid(String message) {
    return new InvalidInput(
        "invalid comparison window", List.of(new FieldError("window", message)));
  }
}
