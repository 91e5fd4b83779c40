package io.edgewise.metrics;

import io.edgewise.base.error.FieldError;
import java.util.List;

/**
 * The rules a point's measured segments must meet: each present time finite and not negative, and a
 * count of timed requests that is not negative (it may exceed the minute's requests: a device's
 * report of an earlier request can arrive on a request that was refused or counted in the next
 * minute). Absent values are "not measured" and always allowed.
 */
final class MeasuredSegmentRules {

  private MeasuredSegmentRules() {}

  static void check(List<FieldError> errors, String at, MetricPoint p) {
    MeasuredSegments s = p.segments();
    time(errors, at + "edgeMeanMs", s.edgeMeanMs());
    time(errors, at + "edgeP95Ms", s.edgeP95Ms());
    time(errors, at + "deviceMeanMs", s.deviceMeanMs());
    time(errors, at + "uplinkMeanMs", s.uplinkMeanMs());
    time(errors, at + "downlinkMeanMs", s.downlinkMeanMs());
    time(errors, at + "endToEndP95Ms", s.endToEndP95Ms());
    if (s.timed() < 0) {
      errors.add(new FieldError(at + "timedRequests", "must be >= 0"));
    }
  }

  private static void time(List<FieldError> errors, String field, Double value) {
    if (value != null && (!(value >= 0) || value.isInfinite())) {
      errors.add(new FieldError(field, "must be a finite number >= 0, or absent (not measured)"));
    }
  }
}
