package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast plan for DAGs too large for exact search: two nested min-cuts, then local improvement.
 *
 * <ol>
 *   <li>Device sets from DADS cuts of device against the edge, the cloud, and the faster of the
 *       two; for the energy objective each cut prices latency + λ × energy for λ in {@link
 *       #LAMBDAS} (ms per joule), a Lagrangian sweep of the SLO trade-off.
 *   <li>For each device set, the exact edge/cloud min-cut of the rest ({@link
 *       DagMinCut#completeFastest}).
 *   <li>From the best, single-layer tier moves that keep data flowing upward are taken while they
 *       improve the plan.
 * </ol>
 *
 * No optimality guarantee: the benchmark reports its gap to exhaustive search.
 */
final class NestedMinCutHeuristic {

  static final double[] LAMBDAS = {0, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  private static final int MAX_PASSES = 5;

  private final PartitionRequest request;
  private final PlanEvaluator evaluator;
  private final DagMinCut cuts;

  NestedMinCutHeuristic(PartitionRequest request, PlanEvaluator evaluator, DagMinCut cuts) {
    this.request = request;
    this.evaluator = evaluator;
    this.cuts = cuts;
  }

  PartitionPlan best(ExecutedModel model, PartitionObjective objective) {
    int n = model.size();
    List<Tier[]> candidates = new ArrayList<>();
    candidates.add(DagMinCut.tiers(model, new boolean[n], null));
    boolean[] everything = new boolean[n];
    Arrays.fill(everything, true);
    List<boolean[]> deviceSplits = new ArrayList<>(List.of(everything));
    for (double lambda :
        objective == PartitionObjective.MIN_DEVICE_ENERGY ? LAMBDAS : new double[] {0}) {
      deviceSplits.add(cuts.deviceCut(model, lambda, Tier.EDGE));
      if (request.hasCloud()) {
        deviceSplits.add(cuts.deviceCut(model, lambda, Tier.CLOUD));
        deviceSplits.add(cuts.deviceCut(model, lambda, null));
      }
    }
    PartitionPlan best = null;
    Tier[] bestTiers = null;
    for (boolean[] offDevice : deviceSplits) {
      candidates.add(DagMinCut.tiers(model, offDevice, null));
      if (request.hasCloud()) {
        PartitionPlan completed = cuts.completeFastest(model, offDevice, objective);
        candidates.add(local(model, completed));
      }
    }
    for (Tier[] tiers : candidates) {
      PartitionPlan plan = evaluator.evaluate(model, tiers);
      if (PlanRanking.better(plan, best, objective)) {
        best = plan;
        bestTiers = tiers;
      }
    }
    return improve(model, bestTiers, best, objective);
  }

  private PartitionPlan improve(
      ExecutedModel model, Tier[] tiers, PartitionPlan plan, PartitionObjective objective) {
    int top = request.hasCloud() ? 2 : 1;
    boolean improved = true;
    for (int pass = 0; improved && pass < MAX_PASSES; pass++) {
      improved = false;
      for (int v = 0; v < model.size(); v++) {
        Tier was = tiers[v];
        for (int t = lowest(model, tiers, v); t <= Math.min(top, highest(model, tiers, v)); t++) {
          if (t == was.ordinal()) {
            continue;
          }
          tiers[v] = Tier.values()[t];
          PartitionPlan moved = evaluator.evaluate(model, tiers);
          if (PlanRanking.better(moved, plan, objective)) {
            plan = moved;
            was = tiers[v];
            improved = true;
          }
          tiers[v] = was;
        }
      }
    }
    return plan;
  }

  private static int lowest(ExecutedModel model, Tier[] tiers, int v) {
    int lowest = 0;
    for (int input : model.layer(v).inputs()) {
      lowest = Math.max(lowest, tiers[input].ordinal());
    }
    return lowest;
  }

  private static int highest(ExecutedModel model, Tier[] tiers, int v) {
    int highest = 2;
    for (int reader : model.consumers().get(v)) {
      highest = Math.min(highest, tiers[reader].ordinal());
    }
    return highest;
  }

  private Tier[] local(ExecutedModel model, PartitionPlan plan) {
    Tier[] tiers = new Tier[model.size()];
    for (int k = 0; k < tiers.length; k++) {
      tiers[k] = plan.tiers().get(model.original()[k]);
    }
    return tiers;
  }
}
