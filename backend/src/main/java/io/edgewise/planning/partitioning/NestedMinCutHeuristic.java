package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast plan for DAGs too large for exact search: two nested min-cuts, then local improvement.
 *
 * <ol>
 *   <li>Device sets from DADS cuts of device against the edge, the cloud, and the faster of the
 *       two. For the energy objective each cut prices latency + λ × energy (ms per joule, the
 *       Lagrange multiplier of the SLO), and λ is bisected against the SLO ({@link
 *       LambdaBisection}) for each of the three cuts, so the sweep lands where the plan's latency
 *       meets the SLO.
 *   <li>For each device set, the exact edge/cloud min-cut of the rest ({@link
 *       DagMinCut#completeFastest}).
 *   <li>From the best plans, cut shifts ({@link CutShifts}: a layer with the ancestors or
 *       descendants it drags along, or a whole frontier) taken while they improve the plan.
 * </ol>
 *
 * No optimality guarantee: on seeded 8–20-layer DAGs its energy is at worst 5% and on average 0.5%
 * above the exact optimum (asserted by {@code NestedMinCutHeuristicTest} and the benchmark).
 */
final class NestedMinCutHeuristic {

  /**
   * How many of the best distinct first-stage plans local improvement starts from for the energy
   * objective (one for latency).
   */
  static final int STARTS = 3;

  private final PartitionRequest request;
  private final PlanEvaluator evaluator;
  private final DagMinCut cuts;

  NestedMinCutHeuristic(PartitionRequest request, PlanEvaluator evaluator, DagMinCut cuts) {
    this.request = request;
    this.evaluator = evaluator;
    this.cuts = cuts;
  }

  PartitionPlan best(ExecutedModel model, PartitionObjective objective) {
    List<Tier[]> candidates = new ArrayList<>();
    candidates.add(DagMinCut.tiers(model, new boolean[model.size()], null));
    boolean[] everything = new boolean[model.size()];
    Arrays.fill(everything, true);
    complete(model, everything, objective, candidates);
    List<Tier> servers =
        request.hasCloud() ? Arrays.asList(Tier.EDGE, Tier.CLOUD, null) : List.of(Tier.EDGE);
    for (Tier server : servers) {
      if (objective == PartitionObjective.MIN_DEVICE_ENERGY) {
        new LambdaBisection(lambda -> split(model, lambda, server, objective, candidates)).run();
      } else {
        split(model, 0, server, objective, candidates);
      }
    }
    List<PartitionPlan> plans = new ArrayList<>();
    List<Tier[]> starts = new ArrayList<>();
    for (Tier[] tiers : candidates) {
      PartitionPlan plan = evaluator.evaluate(model, tiers);
      if (plans.stream().noneMatch(p -> p.tiers().equals(plan.tiers()))) {
        int at = 0;
        while (at < plans.size() && !PlanRanking.better(plan, plans.get(at), objective)) {
          at++;
        }
        plans.add(at, plan);
        starts.add(at, tiers);
      }
    }
    boolean energy = objective == PartitionObjective.MIN_DEVICE_ENERGY;
    CutShifts shifts =
        new CutShifts(model, evaluator, request.hasCloud() ? 2 : 1, objective, energy);
    PartitionPlan best = null;
    for (int s = 0; s < Math.min(energy ? STARTS : 1, plans.size()); s++) {
      PartitionPlan improved = shifts.improve(starts.get(s).clone(), plans.get(s));
      best = PlanRanking.better(improved, best, objective) ? improved : best;
    }
    return best;
  }

  /**
   * Adds the device cut at {@code lambda} against {@code server} (completed when there is a cloud)
   * and says whether its best plan meets the SLO.
   */
  private boolean split(
      ExecutedModel model,
      double lambda,
      Tier server,
      PartitionObjective objective,
      List<Tier[]> candidates) {
    return complete(model, cuts.deviceCut(model, lambda, server), objective, candidates).meetsSlo();
  }

  private PartitionPlan complete(
      ExecutedModel model, boolean[] offDevice, PartitionObjective objective, List<Tier[]> out) {
    Tier[] edgeOnly = DagMinCut.tiers(model, offDevice, null);
    out.add(edgeOnly);
    PartitionPlan plan = evaluator.evaluate(model, edgeOnly);
    if (request.hasCloud()) {
      PartitionPlan completed = cuts.completeFastest(model, offDevice, objective);
      out.add(local(model, completed));
      plan = PlanRanking.better(completed, plan, objective) ? completed : plan;
    }
    return plan;
  }

  private static Tier[] local(ExecutedModel model, PartitionPlan plan) {
    Tier[] tiers = new Tier[model.size()];
    for (int k = 0; k < tiers.length; k++) {
      tiers[k] = plan.tiers().get(model.original()[k]);
    }
    return tiers;
  }
}
