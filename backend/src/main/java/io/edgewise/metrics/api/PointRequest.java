package io.edgewise.metrics.api;

import io.edgewise.base.error.FieldError;
import io.edgewise.metrics.MeasuredSegments;
import io.edgewise.metrics.MetricPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One pushed minute as JSON; every field is required (counts may be 0) except {@code segments},
 * which agents add when they measured the request path (absent: not measured).
 */
public record PointRequest(
    UUID deploymentId,
    UUID siteId,
    Instant minute,
    Long requests,
    Double latencyP50Ms,
    Double latencyP95Ms,
    Double latencyP99Ms,
    Long sloViolations,
    Long bytesUplinked,
    Long bytesAvoided,
    Long cacheHits,
    Long cacheMisses,
    Double deviceEnergySavedJ,
    MeasuredSegments segments) {

  List<FieldError> missingFields(String at) {
    List<FieldError> errors = new ArrayList<>();
    required(errors, at + "deploymentId", deploymentId);
    required(errors, at + "siteId", siteId);
    required(errors, at + "minute", minute);
    required(errors, at + "requests", requests);
    required(errors, at + "latencyP50Ms", latencyP50Ms);
    required(errors, at + "latencyP95Ms", latencyP95Ms);
    required(errors, at + "latencyP99Ms", latencyP99Ms);
    required(errors, at + "sloViolations", sloViolations);
    required(errors, at + "bytesUplinked", bytesUplinked);
    required(errors, at + "bytesAvoided", bytesAvoided);
    required(errors, at + "cacheHits", cacheHits);
    required(errors, at + "cacheMisses", cacheMisses);
    required(errors, at + "deviceEnergySavedJ", deviceEnergySavedJ);
    return errors;
  }

  MetricPoint toPoint() {
    return new MetricPoint(
        deploymentId,
        siteId,
        minute,
        requests,
        latencyP50Ms,
        latencyP95Ms,
        latencyP99Ms,
        sloViolations,
        bytesUplinked,
        bytesAvoided,
        cacheHits,
        cacheMisses,
        deviceEnergySavedJ,
        segments);
  }

  private static void required(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
    }
  }
}
