package io.edgewise.planning.placement;

import java.time.Duration;
import java.util.List;

/** Baseline: each replica, in input order, onto the least utilised GPU with the memory and another node (SLO-blind). */
public final class LeastLoadedPolicy implements PlacementPolicy {

  @Override
  public String name() {
    return "least-loaded";
  }

  @Override
  public PlacementPlan place(PlacementProblem problem) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    GpuLedger ledger = new GpuLedger(scaled);
    for (Replica r : replicas) {
      Gpu best = null;
      for (Gpu g : scaled.gpus) {
        if (ledger.fitsMemoryAndSpreads(r.demand(), g) && (best == null || ledger.totalPpm(g) < ledger.totalPpm(best))) {
          best = g;
        }
      }
      if (best != null) {
        r.assign(best);
        ledger.add(r.demand(), best);
      }
    }
    return PlanAssembler.assemble(scaled, replicas, Duration.ofNanos(System.nanoTime() - start));
  }
}
