package io.edgewise.planning.placement;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Baseline, what a plain resource scheduler does: replicas by memory, largest first, onto the first GPU (in
 * input order) with the memory and another node. It packs tightly and knows nothing of load or latency.
 */
public final class FirstFitDecreasingPolicy implements PlacementPolicy {

  @Override
  public String name() {
    return "first-fit-decreasing (memory)";
  }

  @Override
  public PlacementPlan place(PlacementProblem problem) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    GpuLedger ledger = new GpuLedger(scaled);
    for (Replica r : replicas.stream().sorted(Comparator.comparingLong(Replica::memoryMib).reversed()).toList()) {
      for (Gpu g : scaled.gpus) {
        if (ledger.fitsMemoryAndSpreads(r.demand(), g)) {
          r.assign(g);
          ledger.add(r.demand(), g);
          break;
        }
      }
    }
    return PlanAssembler.assemble(scaled, replicas, Duration.ofNanos(System.nanoTime() - start));
  }
}
