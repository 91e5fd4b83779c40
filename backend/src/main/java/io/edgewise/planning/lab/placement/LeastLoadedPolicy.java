package io.edgewise.planning.lab.placement;

import io.edgewise.planning.placement.GpuBin;
import io.edgewise.planning.placement.ScaledProblem;

/**
 * Baseline: each replica, in input order, onto the least utilised GPU with the memory and another
 * node (SLO-blind).
 */
public final class LeastLoadedPolicy extends SloBlindBaseline {

  @Override
  public String name() {
    return "least-loaded";
  }

  @Override
  Picker picker(ScaledProblem problem) {
    return (demand, ledger) -> {
      GpuBin best = null;
      for (GpuBin g : problem.gpus) {
        if (ledger.fitsMemoryAndSpreads(demand, g)
            && (best == null || ledger.totalPpm(g) < ledger.totalPpm(best))) {
          best = g;
        }
      }
      return best;
    };
  }
}
