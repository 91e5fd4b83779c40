package io.edgewise.metrics;

import java.time.Instant;
import java.util.UUID;

/**
 * What one deployment served at one site in one minute, as an agent reports it.
 *
 * @param minute the minute's start, a whole minute
 * @param sloViolations requests slower than the deployment's latency SLO
 * @param bytesUplinked bytes sent from the site towards the cloud
 * @param bytesAvoided what cloud-only processing would have sent minus {@code bytesUplinked}
 * @param deviceEnergySavedJ device energy saved by offloading, in joules
 * @param segments the measured segments of the request path; {@link MeasuredSegments#NONE} when the
 *     pusher measured none
 */
public record MetricPoint(
    UUID deploymentId,
    UUID siteId,
    Instant minute,
    long requests,
    double latencyP50Ms,
    double latencyP95Ms,
    double latencyP99Ms,
    long sloViolations,
    long bytesUplinked,
    long bytesAvoided,
    long cacheHits,
    long cacheMisses,
    double deviceEnergySavedJ,
    MeasuredSegments segments) {

  public MetricPoint {
    segments = segments == null ? MeasuredSegments.NONE : segments;
  }

  /** A minute with no measured segments (operators' and the demo's pushes). */
  public MetricPoint(
      UUID deploymentId,
      UUID siteId,
      Instant minute,
      long requests,
      double latencyP50Ms,
      double latencyP95Ms,
      double latencyP99Ms,
      long sloViolations,
      long bytesUplinked,
      long bytesAvoided,
      long cacheHits,
      long cacheMisses,
      double deviceEnergySavedJ) {
    this(
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
        MeasuredSegments.NONE);
  }
}
