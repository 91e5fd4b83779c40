package io.edgewise.planning.partitioning;

import java.util.Arrays;
import java.util.List;

/**
 * Exact plans for a chain over every device/edge/cloud cut pair {@code i <= j} (Neurosurgeon; Huang
 * et al.'s three tiers). Latency alone needs O(n) ({@link LatencyOptimalChainPartitioner}); the
 * energy objective under an SLO scans all O(n²) pairs with prefix sums, each priced in O(1).
 */
final class ChainScan {

  private final PartitionRequest request;
  private final PlanEvaluator evaluator;
  private final LatencyOptimalChainPartitioner fastest = new LatencyOptimalChainPartitioner();

  ChainScan(PartitionRequest request, PlanEvaluator evaluator) {
    this.request = request;
    this.evaluator = evaluator;
  }

  /**
   * The best plan of this chain for the objective (its fastest plan when nothing meets the SLO).
   */
  PartitionPlan best(ExecutedModel model, PartitionObjective objective) {
    if (objective != PartitionObjective.MIN_DEVICE_ENERGY) {
      List<Layer> layers =
          model.graph().layers().stream()
              .map(l -> new Layer(l.name(), l.deviceMs(), l.edgeMs(), l.cloudMs(), l.outputBytes()))
              .toList();
      ChainPlan plan =
          fastest.plan(
              model.graph().inputBytes(),
              layers,
              model.resultBytes(),
              request.uplink(),
              request.edgeToCloud());
      return evaluator.evaluate(model, tiers(model.size(), plan.edgeStart(), plan.cloudStart()));
    }
    return leastEnergy(model);
  }

  private PartitionPlan leastEnergy(ExecutedModel model) {
    int n = model.size();
    double[] device = prefix(model, Tier.DEVICE);
    double[] edge = prefix(model, Tier.EDGE);
    double[] cloud = prefix(model, Tier.CLOUD);
    int bestI = n;
    int bestJ = n;
    double bestMs = Double.NaN;
    double bestJoules = Double.NaN;
    for (int i = 0; i <= n; i++) {
      long sent = i < n ? model.bytes(i == 0 ? n : i - 1) : 0;
      double head = device[i] + (i < n ? request.uplink().transferMs(sent) : 0) - edge[i];
      Tier answeredOffDevice = i < n ? Tier.EDGE : Tier.DEVICE;
      double joules =
          request.energy().joules(device[i], sent + model.bytesDownloaded(answeredOffDevice));
      for (int j = request.hasCloud() ? i : n; j <= n; j++) {
        Tier answeredOn = j < n ? Tier.CLOUD : answeredOffDevice;
        double ms =
            head
                + edge[j]
                + request.downlinkMs(answeredOn, model.resultBytes())
                + (j < n
                    ? request.edgeToCloud().transferMs(model.bytes(j == 0 ? n : j - 1))
                        + cloud[n]
                        - cloud[j]
                    : 0);
        if (Double.isNaN(bestMs)
            || PlanRanking.compare(
                    ms <= request.latencySloMs(),
                    ms,
                    joules,
                    0,
                    bestMs <= request.latencySloMs(),
                    bestMs,
                    bestJoules,
                    0,
                    PartitionObjective.MIN_DEVICE_ENERGY)
                < 0) {
          bestI = i;
          bestJ = j;
          bestMs = ms;
          bestJoules = joules;
        }
      }
    }
    return evaluator.evaluate(model, tiers(n, bestI, bestJ));
  }

  private static Tier[] tiers(int n, int edgeStart, int cloudStart) {
    Tier[] tiers = new Tier[n];
    Arrays.fill(tiers, 0, edgeStart, Tier.DEVICE);
    Arrays.fill(tiers, edgeStart, cloudStart, Tier.EDGE);
    Arrays.fill(tiers, cloudStart, n, Tier.CLOUD);
    return tiers;
  }

  private static double[] prefix(ExecutedModel model, Tier tier) {
    double[] sums = new double[model.size() + 1];
    for (int k = 0; k < model.size(); k++) {
      sums[k + 1] = sums[k] + model.layer(k).msOn(tier);
    }
    return sums;
  }
}
