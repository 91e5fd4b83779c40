package io.edgewise.metrics;

import java.time.Instant;
import java.util.Optional;

/**
 * One bucket of a series, summed over the series it covers. Latencies are request-weighted means of
 * the minutes' percentiles (see db/migrations/V12); {@code latencyP99MaxMs} is the worst minute's
 * p99.
 */
public record SeriesPoint(
    Instant bucket,
    Resolution resolution,
    long requests,
    double latencyP50Ms,
    double latencyP95Ms,
    double latencyP99Ms,
    double latencyP99MaxMs,
    long sloViolations,
    long bytesUplinked,
    long bytesAvoided,
    long cacheHits,
    long cacheMisses,
    double deviceEnergySavedJ) {

  /** Requests per second over the bucket. */
  public double requestRate() {
    return requests / (double) resolution.bucket().toSeconds();
  }

  /** 1 - violations / requests; empty when the bucket served no requests. */
  public Optional<Double> sloAttainment() {
    return requests == 0 ? Optional.empty() : Optional.of(1 - sloViolations / (double) requests);
  }

  /** What cloud-only processing would have sent: uplinked plus avoided. */
  public long bytesCloudOnly() {
    return bytesUplinked + bytesAvoided;
  }

  /** hits / (hits + misses); empty when nothing was looked up. */
  public Optional<Double> cacheHitRatio() {
    long lookups = cacheHits + cacheMisses;
    return lookups == 0 ? Optional.empty() : Optional.of(cacheHits / (double) lookups);
  }
}
