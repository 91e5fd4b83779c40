package io.edgewise.planning.placement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns replica assignments from any policy into a {@link PlacementPlan}, judging each with the
 * same model, so baselines that ignore the SLO are scored exactly like the solver. A placed replica
 * is served within its SLO when its GPU keeps memory and the cap, the GPU's shared-queue wait
 * quantile is within its wait budget ({@link SharedGpuQueue}) and no earlier replica of its
 * workload shares the node.
 */
public final class PlanAssembler {
  private PlanAssembler() {}

  public static PlacementPlan assemble(
      ScaledProblem problem, List<Replica> replicas, Duration solveTime) {
    GpuLedger ledger = new GpuLedger(problem);
    replicas.stream().filter(r -> r.gpu() != null).forEach(r -> ledger.add(r.demand(), r.gpu()));
    Map<String, List<String>> gpusByWorkload = new LinkedHashMap<>();
    Map<String, Double> p95 = new LinkedHashMap<>();
    Map<Demand, Integer> missing = new LinkedHashMap<>();
    Set<Long> nodesTaken = new HashSet<>();
    Set<GpuBin> used = new HashSet<>();
    long unservedMilli = 0;
    long placedMilli = 0;
    long network = 0;
    for (Replica r : replicas) {
      Demand d = r.demand();
      GpuBin g = r.gpu();
      if (g == null) {
        unservedMilli += d.replicaRateMilli;
        missing.merge(d, 1, Integer::sum);
        continue;
      }
      used.add(g);
      placedMilli += d.replicaRateMilli;
      network += d.networkCost(g);
      gpusByWorkload.computeIfAbsent(d.workload.id(), k -> new ArrayList<>()).add(g.slot.id());
      p95.merge(d.workload.id(), d.p95Ms(g, ledger.waitMicros(g)), Math::max);
      boolean spread = nodesTaken.add((long) d.index * problem.nodeCount + g.nodeIndex);
      if (!spread || !served(d, g, ledger)) {
        unservedMilli += d.replicaRateMilli;
      }
    }
    Map<String, Double> utilization = new LinkedHashMap<>();
    problem.gpus.forEach(
        g -> utilization.put(g.slot.id(), ledger.totalPpm(g) / (double) GpuBin.PPM));
    Map<String, Integer> batch = new LinkedHashMap<>();
    problem.demands.forEach(d -> batch.put(d.workload.id(), d.batch));
    List<Unplaced> unplaced = new ArrayList<>();
    missing.forEach(
        (d, count) ->
            unplaced.add(
                new Unplaced(d.workload.id(), UnplacedReasons.explain(problem, d, count))));
    PlacementScore score =
        new PlacementScore(unservedMilli / 1000.0, used.size(), network / 1000.0);
    double networkMs = placedMilli == 0 ? 0 : network / (double) placedMilli;
    return new PlacementPlan(
        gpusByWorkload,
        utilization,
        p95,
        batch,
        unplaced,
        used.size(),
        networkMs,
        score,
        0,
        solveTime);
  }

  private static boolean served(Demand d, GpuBin g, GpuLedger ledger) {
    return ledger.usedMib(g) <= g.capacityMib
        && ledger.totalPpm(g) <= g.capPpm
        && ledger.waitMicros(g) <= d.waitBudgetMicros(g);
  }
}
