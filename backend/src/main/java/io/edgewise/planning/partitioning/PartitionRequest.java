package io.edgewise.planning.partitioning;

import java.util.List;

/**
 * What to partition and how: the layer graph, the links, the early exits on offer, and the
 * objective.
 *
 * <p>Every exit listed is an acceptable answer for every objective: {@link
 * PartitionObjective#MIN_LATENCY} and {@link PartitionObjective#MIN_DEVICE_ENERGY} weigh the full
 * model and each exit alike (ties go to the more accurate one), so list no exits to force the full
 * model.
 *
 * @param edgeToCloud the edge→cloud link, or null when there is no cloud tier
 * @param fullModelAccuracy the accuracy of the full model's output, in [0, 1]
 * @param latencySloMs the latency the plan must stay within, in ms, positive; {@code
 *     Double.POSITIVE_INFINITY} for none. The planning service passes the partition's budget, the
 *     deployment's SLO less the share kept for queueing at the GPU
 * @param energy the device's energy model; required for {@link
 *     PartitionObjective#MIN_DEVICE_ENERGY}, optional otherwise
 */
public record PartitionRequest(
    LayerGraph graph,
    Link uplink,
    Link edgeToCloud,
    List<EarlyExit> exits,
    double fullModelAccuracy,
    PartitionObjective objective,
    double latencySloMs,
    DeviceEnergy energy) {

  public PartitionRequest {
    if (graph == null || uplink == null || objective == null) {
      throw new IllegalArgumentException(
          "a partition request needs a graph, an uplink and an objective");
    }
    exits = exits == null ? List.of() : List.copyOf(exits);
    for (EarlyExit exit : exits) {
      if (exit.afterLayer() >= graph.size()) {
        throw new IllegalArgumentException(
            "exit after layer "
                + exit.afterLayer()
                + " but the graph has "
                + graph.size()
                + " layers");
      }
    }
    if (!(fullModelAccuracy >= 0 && fullModelAccuracy <= 1)) {
      throw new IllegalArgumentException(
          "full-model accuracy must be in [0, 1], got " + fullModelAccuracy);
    }
    if (!(latencySloMs > 0)) {
      throw new IllegalArgumentException(
          "the latency SLO must be positive (POSITIVE_INFINITY for none), got " + latencySloMs);
    }
    if (objective == PartitionObjective.MIN_DEVICE_ENERGY && energy == null) {
      throw new IllegalArgumentException("MIN_DEVICE_ENERGY needs the device's energy model");
    }
  }

  /** A minimum-latency request for the full model with no SLO and no exits. */
  public static PartitionRequest fastest(LayerGraph graph, Link uplink, Link edgeToCloud) {
    return new PartitionRequest(
        graph,
        uplink,
        edgeToCloud,
        List.of(),
        1.0,
        PartitionObjective.MIN_LATENCY,
        Double.POSITIVE_INFINITY,
        null);
  }

  boolean hasCloud() {
    return edgeToCloud != null;
  }

  /**
   * Milliseconds to bring {@code resultBytes} back to the device from {@code answeredOn}: over the
   * edge→cloud link from the cloud, then over the device link. Serialisation only: the round trip
   * of each link is already charged with what went up it.
   */
  double downlinkMs(Tier answeredOn, long resultBytes) {
    return LatencyBreakdown.downlinkMs(answeredOn, resultBytes, uplink, edgeToCloud);
  }
}
