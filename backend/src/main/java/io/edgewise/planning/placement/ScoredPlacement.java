package io.edgewise.planning.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan under search: what each GPU holds, which replicas are unplaced, and the lexicographic
 * score (unserved rate, GPUs used, network cost, as {@link PlacementConstraints} orders them) kept
 * current on every add and remove.
 */
final class ScoredPlacement {
  final GpuLedger ledger;
  private final List<List<Replica>> residents = new ArrayList<>();
  private final List<Replica> unplaced = new ArrayList<>();
  private long unservedMilli;
  private long openGpus;
  private long network;

  ScoredPlacement(ScaledProblem problem, List<Replica> replicas) {
    this.ledger = new GpuLedger(problem);
    problem.gpus.forEach(g -> residents.add(new ArrayList<>()));
    replicas.forEach(this::add);
  }

  void add(Replica r) {
    if (r.gpu() == null) {
      unservedMilli += r.demand().replicaRateMilli;
      unplaced.add(r);
      return;
    }
    openGpus += ledger.isOpen(r.gpu()) ? 0 : 1;
    ledger.add(r.demand(), r.gpu());
    residents.get(r.gpu().index).add(r);
    network += r.demand().networkCost(r.gpu());
  }

  void remove(Replica r) {
    if (r.gpu() == null) {
      unservedMilli -= r.demand().replicaRateMilli;
      unplaced.remove(r);
      return;
    }
    ledger.remove(r.demand(), r.gpu());
    residents.get(r.gpu().index).remove(r);
    openGpus -= ledger.isOpen(r.gpu()) ? 0 : 1;
    network -= r.demand().networkCost(r.gpu());
  }

  /**
   * The replicas on {@code g}, pinned ones included; a copy, safe to keep while the plan changes.
   */
  List<Replica> residents(GpuBin g) {
    return List.copyOf(residents.get(g.index));
  }

  List<Replica> unplaced() {
    return unplaced;
  }

  /** How full {@code g} is: the larger of its memory share and its share of the utilisation cap. */
  double fill(GpuBin g) {
    return Math.max(
        ledger.usedMib(g) / (double) Math.max(1, g.capacityMib),
        ledger.totalPpm(g) / (double) Math.max(1, g.capPpm));
  }

  /**
   * Unserved milli-rps, GPUs used, network milli-rps·ms: compare lexicographically, smaller is
   * better.
   */
  long[] score() {
    return new long[] {unservedMilli, openGpus, network};
  }

  /** Compares the first {@code levels} levels of two scores. */
  static int compare(long[] a, long[] b, int levels) {
    for (int i = 0; i < levels; i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
