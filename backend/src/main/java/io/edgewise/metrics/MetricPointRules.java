package io.edgewise.metrics;

import io.edgewise.base.error.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a batch of points must meet before anything is written; each broken rule names its
 * point and field.
 */
public final class MetricPointRules {

  /** Points one push may carry. */
  public static final int MAX_POINTS = 1000;

  /** How far ahead of the server's clock a minute may lie (agents' clocks drift). */
  public static final Duration MAX_FUTURE = Duration.ofMinutes(5);

  private MetricPointRules() {}

  /**
   * Every broken rule of {@code points}, judged at {@code now} with {@code retention}; empty when
   * all hold.
   */
  public static List<FieldError> check(List<MetricPoint> points, Instant now, Duration retention) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Instant oldest = now.minus(retention);
    for (int i = 0; i < points.size(); i++) {
      MetricPoint p = points.get(i);
      String at = "points[" + i + "].";
      if (!p.minute().truncatedTo(ChronoUnit.MINUTES).equals(p.minute())) {
        errors.add(
            new FieldError(at + "minute", "must be a whole minute (seconds and fractions zero)"));
      } else if (p.minute().isAfter(now.plus(MAX_FUTURE))) {
        errors.add(
            new FieldError(
                at + "minute",
                "lies more than " + MAX_FUTURE.toMinutes() + " minutes in the future"));
      } else if (p.minute().isBefore(oldest)) {
        errors.add(
            new FieldError(
                at + "minute",
                "is older than the "
                    + retention.toDays()
                    + "-day retention of per-minute metrics"));
      } else if (!seen.add(p.deploymentId() + "/" + p.siteId() + "/" + p.minute())) {
        errors.add(
            new FieldError(
                at + "minute", "repeats an earlier point's deployment, site and minute"));
      }
      nonNegative(errors, at + "requests", p.requests());
      nonNegative(errors, at + "sloViolations", p.sloViolations());
      nonNegative(errors, at + "bytesUplinked", p.bytesUplinked());
      nonNegative(errors, at + "bytesAvoided", p.bytesAvoided());
      nonNegative(errors, at + "cacheHits", p.cacheHits());
      nonNegative(errors, at + "cacheMisses", p.cacheMisses());
      nonNegative(errors, at + "deviceEnergySavedJ", p.deviceEnergySavedJ());
      nonNegative(errors, at + "latencyP50Ms", p.latencyP50Ms());
      if (p.latencyP95Ms() < p.latencyP50Ms()) {
        errors.add(new FieldError(at + "latencyP95Ms", "must be at least latencyP50Ms"));
      }
      if (p.latencyP99Ms() < p.latencyP95Ms()) {
        errors.add(new FieldError(at + "latencyP99Ms", "must be at least latencyP95Ms"));
      }
      if (p.sloViolations() > p.requests()) {
        errors.add(new FieldError(at + "sloViolations", "cannot exceed requests"));
      }
      MeasuredSegmentRules.check(errors, at + "segments.", p);
    }
    return errors;
  }

  private static void nonNegative(List<FieldError> errors, String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      errors.add(new FieldError(field, "must be a finite number >= 0"));
    }
  }
}
