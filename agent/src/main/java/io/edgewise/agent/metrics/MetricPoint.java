package io.edgewise.agent.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One deployment's minute as the agent buffers it; {@link SentBatch} adds the node's site when it
 * is sent to {@code POST /api/v1/metrics} (docs/api/metrics.md). {@code minute} is an ISO-8601
 * instant on a whole minute. {@code segments} is null in minutes buffered by agents that did not
 * measure them, and is then left out of the push.
 */
public record MetricPoint(
    String deploymentId,
    String minute,
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
    @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredSegments segments) {

  /** A minute without measured segments. */
  public MetricPoint(
      String deploymentId,
      String minute,
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
        null);
  }
}
