package io.edgewise.planning.partitioning;

/**
 * DADS's min-cut plans for a DAG. With two tiers the fastest split is exact: every plan that uses
 * the uplink pays its one RTT, so the cheapest cut plus that RTT competes only with the device-only
 * plan. With a cloud and the device's layers fixed, the edge/cloud split of the rest is the same
 * problem one tier up, so it is exact for that device set too. The answer's way back depends only
 * on the last layer's tier, so it is part of that layer's upper-tier cost.
 */
final class DagMinCut {

  private final PartitionRequest request;
  private final PlanEvaluator evaluator;

  DagMinCut(PartitionRequest request, PlanEvaluator evaluator) {
    this.request = request;
    this.evaluator = evaluator;
  }

  /** The fastest device/edge plan (exact). */
  PartitionPlan fastestTwoTier(ExecutedModel model) {
    return fastestDeviceSplit(model, 0, PartitionObjective.MIN_LATENCY);
  }

  /**
   * The best device/edge plan for cost = latency + {@code lambda} × device energy, judged by the
   * objective's ranking against the device-only plan. With lambda 0 this is the exact fastest
   * split.
   */
  PartitionPlan fastestDeviceSplit(
      ExecutedModel model, double lambda, PartitionObjective objective) {
    boolean[] onEdge = deviceCut(model, lambda, Tier.EDGE);
    PartitionPlan cut = evaluator.evaluate(model, tiers(model, onEdge, null));
    PartitionPlan deviceOnly =
        evaluator.evaluate(model, tiers(model, new boolean[model.size()], null));
    return PlanRanking.better(deviceOnly, cut, objective) ? deviceOnly : cut;
  }

  /**
   * Layers that leave the device in the least-cost cut where the server side costs {@code server}'s
   * times ({@code null}: the faster of edge and cloud) and a crossing tensor pays the uplink (and
   * edge→cloud for CLOUD).
   */
  boolean[] deviceCut(ExecutedModel model, double lambda, Tier server) {
    int n = model.size();
    double watts = request.energy() == null ? 0 : request.energy().computeWatts();
    double radio = request.energy() == null ? 0 : request.energy().radioJoulesPerMegabyte();
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int k = 0; k < n; k++) {
      GraphLayer layer = model.layer(k);
      lower[k] = layer.deviceMs() * (1 + lambda * watts / 1000);
      upper[k] = server == null ? Math.min(layer.edgeMs(), layer.cloudMs()) : layer.msOn(server);
    }
    GraphLayer last = model.layer(n - 1);
    double received = lambda * radio * model.resultBytes() / 1e6;
    upper[n - 1] =
        received
            + (server == null
                ? Math.min(
                    last.edgeMs() + answerMs(model, Tier.EDGE),
                    last.cloudMs() + answerMs(model, Tier.CLOUD))
                : last.msOn(server) + answerMs(model, server));
    double[] tensor = new double[n + 1];
    for (int u = 0; u <= n; u++) {
      long bytes = model.bytes(u);
      tensor[u] =
          perByteMs(request.uplink()) * bytes
              + lambda * radio * bytes / 1e6
              + (server == Tier.CLOUD ? perByteMs(request.edgeToCloud()) * bytes : 0);
    }
    return MinCutSplit.upper(model, lower, upper, tensor);
  }

  /** The fastest edge/cloud split of the layers off the device (exact for that device set). */
  PartitionPlan completeFastest(
      ExecutedModel model, boolean[] offDevice, PartitionObjective objective) {
    int n = model.size();
    double[] lower = new double[n];
    double[] upper = new double[n];
    double[] tensor = new double[n + 1];
    for (int k = 0; k < n; k++) {
      lower[k] = offDevice[k] ? model.layer(k).edgeMs() : 0;
      upper[k] = offDevice[k] ? model.layer(k).cloudMs() : Double.POSITIVE_INFINITY;
    }
    // Answering from the cloud adds the edge→cloud leg to the way back.
    upper[n - 1] += answerMs(model, Tier.CLOUD) - answerMs(model, Tier.EDGE);
    for (int u = 0; u <= n; u++) {
      tensor[u] = perByteMs(request.edgeToCloud()) * model.bytes(u);
    }
    boolean[] inCloud = MinCutSplit.upper(model, lower, upper, tensor);
    PartitionPlan cut = evaluator.evaluate(model, tiers(model, offDevice, inCloud));
    PartitionPlan noCloud = evaluator.evaluate(model, tiers(model, offDevice, null));
    return PlanRanking.better(noCloud, cut, objective) ? noCloud : cut;
  }

  static Tier[] tiers(ExecutedModel model, boolean[] offDevice, boolean[] inCloud) {
    Tier[] tiers = new Tier[model.size()];
    for (int k = 0; k < tiers.length; k++) {
      tiers[k] =
          !offDevice[k] ? Tier.DEVICE : inCloud != null && inCloud[k] ? Tier.CLOUD : Tier.EDGE;
    }
    return tiers;
  }

  private static double perByteMs(Link link) {
    return 1 / (link.mbps() * 125.0);
  }

  private double answerMs(ExecutedModel model, Tier answeredOn) {
    return request.downlinkMs(answeredOn, model.resultBytes());
  }
}
