package io.edgewise.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * The bucket size of a series: minute points come from the minutes, hour and day points from the
 * roll-ups.
 */
public enum Resolution {
  MINUTE(Duration.ofMinutes(1)),
  HOUR(Duration.ofHours(1)),
  DAY(Duration.ofDays(1));

  private final Duration bucket;

  Resolution(Duration bucket) {
    this.bucket = bucket;
  }

  public Duration bucket() {
    return bucket;
  }

  /**
   * Minutes up to 6 h, hours up to 8 days, days beyond: at most a few hundred points per series.
   */
  public static Resolution auto(Instant from, Instant to) {
    Duration span = Duration.between(from, to);
    if (span.compareTo(Duration.ofHours(6)) <= 0) {
      return MINUTE;
    }
    return span.compareTo(Duration.ofDays(8)) <= 0 ? HOUR : DAY;
  }
}
