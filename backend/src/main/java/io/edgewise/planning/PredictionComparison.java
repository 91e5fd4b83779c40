package io.edgewise.planning;

import java.time.Instant;
import java.util.List;

/**
 * A deployment's predictions in its latest plan against what was measured since that plan, within a
 * window (docs/algorithms.md, "Predicted against measured").
 *
 * @param from the first minute compared: the window's start, or the plan's minute when later
 * @param observedP95Ms p95 of the end-to-end latency devices reported, or, when none reported, of
 *     the agents' own measurement (arrival to answer at the edge: a lower bound of end-to-end)
 * @param observedP95Source DEVICES, AGENT, or null when nothing was measured
 * @param drift whether the p95 or any segment drifted
 * @param driftReplanRequestedAt when drift last asked for a re-plan of this deployment, if ever
 */
public record PredictionComparison(
    Instant from,
    Instant to,
    long requests,
    long timedRequests,
    Double predictedP95Ms,
    Double observedP95Ms,
    String observedP95Source,
    Double p95RelativeError,
    boolean p95Drift,
    List<SegmentComparison> segments,
    boolean drift,
    Instant driftReplanRequestedAt) {

  /** The named segment's comparison. */
  public SegmentComparison segment(String name) {
    return segments.stream().filter(s -> s.segment().equals(name)).findFirst().orElseThrow();
  }
}
