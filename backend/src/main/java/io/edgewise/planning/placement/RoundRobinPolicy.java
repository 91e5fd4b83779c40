package io.edgewise.planning.placement;

import java.time.Duration;
import java.util.List;

/** Baseline: replicas in input order onto the next GPU in turn that has the memory and another node (SLO-blind). */
public final class RoundRobinPolicy implements PlacementPolicy {

  @Override
  public String name() {
    return "round-robin";
  }

  @Override
  public PlacementPlan place(PlacementProblem problem) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    GpuLedger ledger = new GpuLedger(scaled);
    int n = scaled.gpus.size();
    int cursor = 0;
    for (Replica r : replicas) {
      for (int step = 0; step < n; step++) {
        Gpu g = scaled.gpus.get((cursor + step) % n);
        if (ledger.fitsMemoryAndSpreads(r.demand(), g)) {
          r.assign(g);
          ledger.add(r.demand(), g);
          cursor = (g.index + 1) % n;
          break;
        }
      }
    }
    return PlanAssembler.assemble(scaled, replicas, Duration.ofNanos(System.nanoTime() - start));
  }
}
