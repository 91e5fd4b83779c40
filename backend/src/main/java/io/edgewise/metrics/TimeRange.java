package io.edgewise.metrics;

import java.time.Duration;

/**
 * The ranges a domain dashboard offers, each with the resolution that keeps it to at most 168
 * points.
 */
public enum TimeRange {
  LAST_HOUR("1 h", Duration.ofHours(1), Resolution.MINUTE),
  LAST_DAY("24 h", Duration.ofHours(24), Resolution.HOUR),
  LAST_WEEK("7 d", Duration.ofDays(7), Resolution.HOUR);

  private final String label;
  private final Duration span;
  private final Resolution resolution;

  TimeRange(String label, Duration span, Resolution resolution) {
    this.label = label;
    this.span = span;
    this.resolution = resolution;
  }

  public String label() {
    return label;
  }

  public Duration span() {
    return span;
  }

  public Resolution resolution() {
    return resolution;
  }
}
