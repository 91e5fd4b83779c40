package io.edgewise.planning.placement;

import java.util.Comparator;
import java.util.List;

/**
 * The first plan, built in one pass: replicas largest first (by their dominant share of memory or
 * utilisation, as first-fit-decreasing bin packing), each onto the open GPU that passes every
 * filter with the lowest network cost, opening the cheapest new GPU only when no open one fits.
 * Local search then improves it.
 */
final class SloAwareFirstFit {
  private SloAwareFirstFit() {}

  /**
   * Assigns every unpinned replica without a GPU that some GPU can take; {@code ledger} already
   * holds the others.
   */
  static void construct(ScaledProblem problem, List<Replica> toPlace, GpuLedger ledger) {
    for (Replica replica : toPlace.stream().sorted(largestFirst(problem)).toList()) {
      GpuBin best = bestHost(problem, replica.demand(), ledger, null);
      if (best != null) {
        replica.assign(best);
        ledger.add(replica.demand(), best);
      }
    }
  }

  /**
   * First-fit-decreasing order: dominant share of the largest GPU's memory or of one reference GPU,
   * largest first.
   */
  static Comparator<Replica> largestFirst(ScaledProblem problem) {
    long maxMib = problem.gpus.stream().mapToLong(g -> g.capacityMib).max().orElse(1);
    return Comparator.comparingDouble((Replica r) -> -size(r.demand(), maxMib))
        .thenComparingInt(Replica::workloadIndex)
        .thenComparingInt(Replica::ordinal);
  }

  /**
   * The GPU passing every filter that {@link #better} prefers, never {@code excluded}; null when
   * none fits.
   */
  static GpuBin bestHost(ScaledProblem problem, Demand d, GpuLedger ledger, GpuBin excluded) {
    GpuBin best = null;
    for (GpuBin g : problem.gpus) {
      if (g != excluded && ledger.canHost(d, g) && (best == null || better(d, g, best, ledger))) {
        best = g;
      }
    }
    return best;
  }

  /**
   * Open before new (fewer GPUs); a new one as large as possible (room for those that follow); then
   * nearer, then fuller.
   */
  private static boolean better(Demand d, GpuBin g, GpuBin best, GpuLedger ledger) {
    if (ledger.isOpen(g) != ledger.isOpen(best)) {
      return ledger.isOpen(g);
    }
    if (!ledger.isOpen(g) && room(g) != room(best)) {
      return room(g) > room(best);
    }
    long network = d.networkCost(g) - d.networkCost(best);
    if (network != 0) {
      return network < 0;
    }
    return ledger.totalPpm(g) > ledger.totalPpm(best);
  }

  private static double room(GpuBin g) {
    return g.speed() * (g.capPpm - g.backgroundPpm);
  }

  private static double size(Demand d, long maxMib) {
    return Math.max(
        d.memoryMib() / (double) maxMib, d.replicaRateMilli * d.batchMs / d.batch / 1e6);
  }
}
