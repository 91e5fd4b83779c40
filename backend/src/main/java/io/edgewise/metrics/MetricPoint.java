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
    double deviceEnergySavedJ) {}
