package io.edgewise.agent.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A minute's measured segments as {@code POST /api/v1/metrics} takes them (docs/agent.md, "Timing
 * reports"): the edge segment the agent measures itself (arrival to answer: queue wait and
 * compute), and the means of what devices reported. Absent (null) is "not measured", never zero.
 *
 * @param timedRequests device timing reports received in the minute
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasuredSegments(
    Double edgeMeanMs,
    Double edgeP95Ms,
    long timedRequests,
    Double deviceMeanMs,
    Double uplinkMeanMs,
    Double downlinkMeanMs,
    Double endToEndP95Ms) {}
