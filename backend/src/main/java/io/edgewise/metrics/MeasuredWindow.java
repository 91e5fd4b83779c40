package io.edgewise.metrics;

import java.time.Instant;

/**
 * One deployment's measurements over a window, summed over its sites and sources. Times are
 * request-weighted means of the minutes' figures (percentiles too, as the roll-ups do: V12); a null
 * time was not measured in the window.
 *
 * @param requests requests the agents counted
 * @param agentP95Ms p95 of the latency the agents measured (arrival to answer at the edge), null
 *     without requests
 * @param timedRequests requests whose devices reported timings
 */
public record MeasuredWindow(
    Instant from,
    Instant to,
    long requests,
    Double agentP95Ms,
    Double edgeMeanMs,
    Double edgeP95Ms,
    long timedRequests,
    Double deviceMeanMs,
    Double uplinkMeanMs,
    Double downlinkMeanMs,
    Double endToEndP95Ms) {}
