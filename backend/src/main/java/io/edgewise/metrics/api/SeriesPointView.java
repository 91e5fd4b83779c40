package io.edgewise.metrics.api;

import io.edgewise.metrics.SeriesPoint;
import java.time.Instant;

/**
 * One bucket of a series as the API shows it; ratios are null where the bucket has nothing to
 * divide by.
 */
public record SeriesPointView(
    Instant bucket,
    long requests,
    double requestRate,
    double latencyP50Ms,
    double latencyP95Ms,
    double latencyP99Ms,
    double latencyP99MaxMs,
    long sloViolations,
    Double sloAttainment,
    long bytesUplinked,
    long bytesAvoided,
    long bytesCloudOnly,
    long cacheHits,
    long cacheMisses,
    Double cacheHitRatio,
    double deviceEnergySavedJ) {

  static SeriesPointView of(SeriesPoint p) {
    return new SeriesPointView(
        p.bucket(),
        p.requests(),
        p.requestRate(),
        p.latencyP50Ms(),
        p.latencyP95Ms(),
        p.latencyP99Ms(),
        p.latencyP99MaxMs(),
        p.sloViolations(),
        p.sloAttainment().orElse(null),
        p.bytesUplinked(),
        p.bytesAvoided(),
        p.bytesCloudOnly(),
        p.cacheHits(),
        p.cacheMisses(),
        p.cacheHitRatio().orElse(null),
        p.deviceEnergySavedJ());
  }
}
