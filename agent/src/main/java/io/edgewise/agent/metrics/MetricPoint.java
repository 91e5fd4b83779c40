package io.edgewise.agent.metrics;

/**
 * One deployment's minute as the agent buffers it; {@link SentBatch} adds the node's site when it
 * is sent to {@code POST /api/v1/metrics} (docs/api/metrics.md). {@code minute} is an ISO-8601
 * instant on a whole minute.
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
    double deviceEnergySavedJ) {}
