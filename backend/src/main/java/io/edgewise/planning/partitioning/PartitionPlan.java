package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One way to run the model: the tier of every layer, the exit taken, and what it costs.
 *
 * @param tiers the tier of every layer of the graph, in order; null for a layer that does not run
 *     because the model stops at an earlier exit (the exit branch itself runs on the tier of layer
 *     {@code exitAfterLayer})
 * @param exitAfterLayer the layer the chosen exit follows, or null when the full model runs
 * @param bytesUplinked bytes sent device→edge (each tensor once); {@code bytesToCloud} likewise
 *     edge→cloud
 * @param bytesDownloaded the answer's bytes the device receives (0 when the device answers)
 * @param deviceEnergyJoules device compute plus radio energy (sent and received bytes); 0 when the
 *     request has no energy model
 * @param meetsSlo whether the total latency is within the request's SLO
 */
public record PartitionPlan(
    List<Tier> tiers,
    Integer exitAfterLayer,
    double accuracy,
    LatencyBreakdown latency,
    long bytesUplinked,
    long bytesToCloud,
    long bytesDownloaded,
    double deviceEnergyJoules,
    boolean meetsSlo) {

  public PartitionPlan {
    tiers = Collections.unmodifiableList(new ArrayList<>(tiers));
  }

  public double totalMs() {
    return latency.totalMs();
  }
}
