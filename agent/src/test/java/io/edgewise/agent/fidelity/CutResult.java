package io.edgewise.agent.fidelity;

import io.edgewise.planning.partitioning.LatencyBreakdown;

/**
 * One cut of one model over one link: the planner's prediction beside the measured end-to-end
 * latency.
 *
 * @param position layers run on the device (0: edge only; the model's layer count: device only)
 * @param label how the tables name the cut
 * @param predicted the partitioner's {@code PartitionPlan.latency()} for this cut
 * @param measuredP50Ms the median of the timed requests
 * @param measuredP95Ms their 95th percentile (nearest rank)
 * @param deviceP50Ms the median time on the device (head or whole model)
 * @param edgeP50Ms the median time the agent took from a request's arrival to its answer
 * @param linkP50Ms the median of the rest: the link both ways, the proxy and the client's HTTP
 */
record CutResult(
    int position,
    String label,
    LatencyBreakdown predicted,
    double measuredP50Ms,
    double measuredP95Ms,
    double deviceP50Ms,
    double edgeP50Ms,
    double linkP50Ms) {

  /** Signed relative error of the predicted total against the measured median. */
  double error() {
    return (predicted.totalMs() - measuredP50Ms) / measuredP50Ms;
  }
}
