package io.edgewise.planning.lab.placement;

import io.edgewise.planning.placement.GpuBin;
import io.edgewise.planning.placement.ScaledProblem;

/**
 * Baseline: replicas in input order onto the next GPU in turn that has the memory and another node
 * (SLO-blind).
 */
public final class RoundRobinPolicy extends SloBlindBaseline {

  @Override
  public String name() {
    return "round-robin";
  }

  @Override
  Picker picker(ScaledProblem problem) {
    int n = problem.gpus.size();
    int[] cursor = {0};
    return (demand, ledger) -> {
      for (int step = 0; step < n; step++) {
        GpuBin g = problem.gpus.get((cursor[0] + step) % n);
        if (ledger.fitsMemoryAndSpreads(demand, g)) {
          cursor[0] = (g.index + 1) % n;
          return g;
        }
      }
      return null;
    };
  }
}
