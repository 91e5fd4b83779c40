package io.edgewise.planning.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ruin-and-recreate after local search (Schrimpf et al., J. Comput. Phys. 2000; Shaw's large neighbourhood search,
 * CP'98): each step empties one open GPU together with the replicas of a few random other GPUs and a few unplaced
 * replicas, and re-places them with {@link SloAwareFirstFit}'s rule, the emptied GPU excluded. A step is kept when
 * the lexicographic score (unserved rate, GPUs, network) is no worse, and undone otherwise. One-replica moves
 * rarely close a GPU because every intermediate state costs more; a whole-GPU step jumps over them.
 *
 * <p>Every other step ruins a few random replicas without excluding their GPUs, a network repair. Pinned replicas
 * never move, and a GPU holding one is never emptied. Seeded, and bounded by a step count, so it is deterministic
 * unless the deadline cuts it short.
 */
final class GpuClosingSearch {
  private static final long SEED = 20_261_128L;
  private static final int LATE_ACCEPTANCE_SIZE = 100;

  private final ScaledProblem problem;
  private final List<Replica> movable;
  private final Set<Gpu> pinnedHosts;
  private final GpuLedger ledger;
  private final Comparator<Replica> largestFirst;
  private final Random random = new Random(SEED);
  private long unservedMilli;
  private long openGpus;
  private long network;
  private long[] best;
  private List<Gpu> bestGpus;

  private GpuClosingSearch(ScaledProblem problem, List<Replica> replicas) {
    this.problem = problem;
    this.movable = replicas.stream().filter(r -> !r.isPinned()).toList();
    this.pinnedHosts = replicas.stream().filter(Replica::isPinned).map(Replica::gpu).collect(Collectors.toSet());
    this.ledger = new GpuLedger(problem);
    this.largestFirst = SloAwareFirstFit.largestFirst(problem);
    replicas.forEach(this::add);
    this.best = score();
    this.bestGpus = movable.stream().map(Replica::gpu).toList();
  }

  /** Improves {@code replicas} in place for at most {@code steps} steps or until {@code deadlineNanos}. */
  static void improve(ScaledProblem problem, List<Replica> replicas, long steps, long deadlineNanos) {
    GpuClosingSearch search = new GpuClosingSearch(problem, replicas);
    if (!search.movable.isEmpty() && !problem.gpus.isEmpty()) {
      search.run(steps, deadlineNanos);
    }
  }

  /**
   * Two thirds of the steps alternate closing a GPU (kept when unserved rate and GPUs are no worse, whatever the
   * network: a walk on the plateau of equal GPU counts) with network repairs; the rest only repair the network of the
   * best plan, under late acceptance (Burke and Bykov, EJOR 2017). The best plan seen is restored at the end.
   */
  private void run(long steps, long deadlineNanos) {
    long[][] late = new long[LATE_ACCEPTANCE_SIZE][];
    Arrays.fill(late, score());
    for (long step = 0; step < steps && System.nanoTime() < deadlineNanos; step++) {
      if (step == steps * 2 / 3) {
        restoreBest();
        Arrays.fill(late, score());
      }
      Gpu target = step % 2 == 0 && step < steps * 2 / 3 ? closableGpu() : null;
      int slot = (int) (step % late.length);
      if (target != null) {
        step(target, ruinAround(target), score(), 2);
      } else {
        step(null, step % 4 == 1 ? randomReplicas(4) : residentsOfRandomGpus(2), late[slot], 3);
      }
      late[slot] = score();
      if (compare(score(), best, 3) < 0) {
        best = score();
        bestGpus = movable.stream().map(Replica::gpu).toList();
      }
    }
    restoreBest();
  }

  private void restoreBest() {
    movable.forEach(this::remove);
    for (int i = 0; i < bestGpus.size(); i++) {
      movable.get(i).assign(bestGpus.get(i));
      add(movable.get(i));
    }
  }

  /**
   * Ruins {@code ruined} and re-places it away from {@code excluded}; keeps the result if, on the first {@code levels}
   * levels of the score, it is no worse than before the step or than {@code late}; undoes it otherwise.
   */
  private void step(Gpu excluded, List<Replica> ruined, long[] late, int levels) {
    long[] before = score();
    List<Gpu> previous = ruined.stream().map(Replica::gpu).toList();
    ruined.forEach(this::remove);
    List<Replica> order = new ArrayList<>(ruined);
    // Mostly largest first, as bin packing wants; sometimes shuffled, so a tie the order decides can go the other way.
    if (random.nextInt(4) == 0) {
      Collections.shuffle(order, random);
    } else {
      order.sort(largestFirst);
    }
    for (Replica r : order) {
      r.assign(SloAwareFirstFit.bestHost(problem, r.demand(), ledger, excluded));
      add(r);
    }
    if (compare(score(), before, levels) > 0 && compare(score(), late, levels) > 0) {
      ruined.forEach(this::remove);
      for (int i = 0; i < ruined.size(); i++) {
        ruined.get(i).assign(previous.get(i));
        add(ruined.get(i));
      }
    }
  }

  /** Of two random open GPUs without pinned residents, the less loaded one; null when there is none. */
  private Gpu closableGpu() {
    List<Gpu> open = problem.gpus.stream().filter(ledger::isOpen).toList();
    Gpu best = null;
    for (int k = 0; k < 2 && !open.isEmpty(); k++) {
      Gpu g = open.get(random.nextInt(open.size()));
      if (!pinnedHosts.contains(g) && (best == null || fill(g) < fill(best))) {
        best = g;
      }
    }
    return best;
  }

  /** The target's residents, those of up to two random open GPUs, and up to three unplaced replicas. */
  private List<Replica> ruinAround(Gpu target) {
    List<Gpu> others = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      others.add(problem.gpus.get(random.nextInt(problem.gpus.size())));
    }
    List<Replica> ruined = new ArrayList<>(movable.stream().filter(r -> r.gpu() == target || others.contains(r.gpu())).toList());
    List<Replica> unplaced = movable.stream().filter(r -> r.gpu() == null).toList();
    for (int k = Math.min(3, unplaced.size()); k > 0; k--) {
      Replica r = unplaced.get(random.nextInt(unplaced.size()));
      if (!ruined.contains(r)) {
        ruined.add(r);
      }
    }
    return ruined;
  }

  private List<Replica> residentsOfRandomGpus(int count) {
    List<Gpu> gpus = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      gpus.add(problem.gpus.get(random.nextInt(problem.gpus.size())));
    }
    return movable.stream().filter(r -> r.gpu() != null && gpus.contains(r.gpu())).toList();
  }

  private List<Replica> randomReplicas(int count) {
    List<Replica> ruined = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Replica r = movable.get(random.nextInt(movable.size()));
      if (!ruined.contains(r)) {
        ruined.add(r);
      }
    }
    return ruined;
  }

  private double fill(Gpu g) {
    return Math.max(ledger.usedMib(g) / (double) Math.max(1, g.capacityMib), ledger.totalPpm(g) / (double) Math.max(1, g.capPpm));
  }

  private void add(Replica r) {
    if (r.gpu() == null) {
      unservedMilli += r.demand().replicaRateMilli;
      return;
    }
    openGpus += ledger.isOpen(r.gpu()) ? 0 : 1;
    ledger.add(r.demand(), r.gpu());
    network += r.demand().networkCost(r.gpu());
  }

  private void remove(Replica r) {
    if (r.gpu() == null) {
      unservedMilli -= r.demand().replicaRateMilli;
      return;
    }
    ledger.remove(r.demand(), r.gpu());
    openGpus -= ledger.isOpen(r.gpu()) ? 0 : 1;
    network -= r.demand().networkCost(r.gpu());
  }

  private long[] score() {
    return new long[] {unservedMilli, openGpus, network};
  }

  private static int compare(long[] a, long[] b, int levels) {
    for (int i = 0; i < levels; i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
