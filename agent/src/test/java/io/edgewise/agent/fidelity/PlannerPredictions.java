package io.edgewise.agent.fidelity;

import io.edgewise.planning.ProductPartitionRequest;
import io.edgewise.planning.partitioning.CutPricing;
import io.edgewise.planning.partitioning.LatencyBreakdown;
import io.edgewise.planning.partitioning.PartitionPlan;
import io.edgewise.planning.partitioning.PartitionRequest;
import io.edgewise.planning.partitioning.Partitioner;
import io.edgewise.planning.partitioning.Tier;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.profiling.ProductProfiler.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the product predicts for one model over one link: the registry profiler's MEASURED profile
 * (device and edge timings under their own hardware keys), turned into a partitioning request by
 * the planner's own mapping, priced cut by cut by the partitioner's evaluator and solved by the
 * {@link Partitioner}. Nothing here sees a measured end-to-end latency.
 */
final class PlannerPredictions {

  static final String DEVICE_KEY = "fidelity device (ORT, 1 thread)";
  static final String EDGE_KEY = "fidelity edge agent (ORT, default threads)";

  private final PartitionRequest request;
  private final int layers;

  PlannerPredictions(Profile device, Profile edge, LinkPreset link) {
    List<ProfiledLayer> both = merged(device, edge);
    this.layers = both.size();
    this.request =
        ProductPartitionRequest.of(
            device.inputBytes(), both, DEVICE_KEY, EDGE_KEY, link.mbps(), link.rttMs());
  }

  /** The predicted latency with the first {@code position} layers on the device. */
  LatencyBreakdown cut(int position) {
    List<Tier> tiers = new ArrayList<>();
    for (int k = 0; k < layers; k++) {
      tiers.add(k < position ? Tier.DEVICE : Tier.EDGE);
    }
    return CutPricing.price(request, tiers).latency();
  }

  /** The partitioner's choice as a cut position, or -1 when it is no prefix of the layers. */
  int chosenPosition() {
    PartitionPlan best = new Partitioner().plan(request).best();
    int position = (int) best.tiers().stream().takeWhile(t -> t == Tier.DEVICE).count();
    boolean prefix = best.tiers().stream().skip(position).allMatch(t -> t == Tier.EDGE);
    return prefix ? position : -1;
  }

  /** Each layer with the device's and the edge's time (the two profiles time the same layers). */
  private static List<ProfiledLayer> merged(Profile device, Profile edge) {
    List<ProfiledLayer> merged = new ArrayList<>();
    for (int k = 0; k < device.layers().size(); k++) {
      Map<String, Double> times = new HashMap<>(device.layers().get(k).measuredMs());
      times.putAll(edge.layers().get(k).measuredMs());
      merged.add(device.layers().get(k).withMeasuredMs(times));
    }
    return merged;
  }
}
