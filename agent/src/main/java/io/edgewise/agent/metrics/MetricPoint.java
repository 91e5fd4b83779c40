package io.edgewise.agent.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One deployment's minute as {@code POST /api/v1/metrics} takes it (docs/api/metrics.md). {@code
 * siteId} is null in the buffer and filled in when the point is sent; {@code minute} is an ISO-8601
 * instant on a whole minute.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricPoint(
    String deploymentId,
    String siteId,
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

  /** The same point for {@code site}. */
  public MetricPoint at(String site) {
    return new MetricPoint(
        deploymentId,
        site,
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
        deviceEnergySavedJ);
  }
}
