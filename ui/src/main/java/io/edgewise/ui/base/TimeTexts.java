package io.edgewise.ui.base;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the UI writes moments, the same on every view: a timestamp in UTC ("2025-03-01 14:05:09 UTC")
 * or how long ago it was ("12 s ago", "5 min ago").
 */
public final class TimeTexts {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private TimeTexts() {}

  public static String since(Instant then, Instant now) {
    if (then == null) {
      return "never";
    }
    long s = Math.max(0, Duration.between(then, now).getSeconds());
    if (s < 120) {
      return s + " s ago";
    }
    if (s < 7200) {
      return s / 60 + " min ago";
    }
    return s < 172800 ? s / 3600 + " h ago" : s / 86400 + " d ago";
  }

  public static String since(Instant then) {
    return since(then, Instant.now());
  }

  /** A timestamp in UTC, or "—" for none. */
  public static String at(Instant instant) {
    return at(instant, "—");
  }

  /** A timestamp in UTC, or {@code none} (e.g. "Never") when there is none. */
  public static String at(Instant instant, String none) {
    return instant == null ? none : UTC.format(instant);
  }
}
