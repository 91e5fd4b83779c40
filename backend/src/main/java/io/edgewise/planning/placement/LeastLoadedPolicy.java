package io.edgewise.planning.placement;

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
