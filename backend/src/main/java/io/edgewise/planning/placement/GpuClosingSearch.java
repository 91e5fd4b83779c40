package io.edgewise.planning.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ruin-and-recreate around local search (Schrimpf et al., J. Comput. Phys. 2000; Shaw's large
 * neighbourhood search, CP'98). A closing step empties one open GPU together with the replicas of
 * up to two random GPUs and up to three unplaced replicas, and re-places them with {@link
 * SloAwareFirstFit}'s rule, the emptied GPU excluded. One-replica moves rarely close a GPU because
 * every intermediate state costs more; a whole-GPU step jumps over them. A repair step ruins a few
 * random replicas, or two GPUs' residents, and re-places them anywhere: network improvements.
 *
 * <p>Pinned replicas never move, and a GPU holding one is never emptied. Seeded and bounded by a
 * step count, so it is deterministic unless the deadline cuts it short.
 */
final class GpuClosingSearch {
  private static final long SEED = 20_261_128L;
  private static final int LATE_ACCEPTANCE_SIZE = 100;

  private final ScaledProblem problem;
  private final List<Replica> movable;
  private final ScoredPlacement plan;
  private final Comparator<Replica> largestFirst;
  private final Random random = new Random(SEED);
  private final Map<Replica, GpuBin> bestGpus = new IdentityHashMap<>();

  /** Replicas moved since the best plan was recorded: snapshots and restores touch only these. */
  private final Set<Replica> changedSinceBest = Collections.newSetFromMap(new IdentityHashMap<>());

  private long[] best;

  private GpuClosingSearch(ScaledProblem problem, List<Replica> replicas) {
    this.problem = problem;
    this.movable = replicas.stream().filter(r -> !r.isPinned()).toList();
    this.plan = new ScoredPlacement(problem, replicas);
    this.largestFirst = SloAwareFirstFit.largestFirst(problem);
    this.best = plan.score();
    movable.forEach(r -> bestGpus.put(r, r.gpu()));
  }

  /**
   * Improves {@code replicas} in place for at most {@code steps} steps or until {@code
   * deadlineNanos}.
   */
  static void improve(
      ScaledProblem problem, List<Replica> replicas, long steps, long deadlineNanos) {
    GpuClosingSearch search = new GpuClosingSearch(problem, replicas);
    if (!search.movable.isEmpty() && !problem.gpus.isEmpty()) {
      search.run(steps, deadlineNanos);
    }
  }

  /**
   * Two thirds of the steps alternate closing (kept when unserved rate and GPUs are no worse,
   * whatever the network: a walk on the plateau of equal GPU counts) with repairs; the rest only
   * repair the best plan's network. Repairs use late acceptance (Burke and Bykov, EJOR 2017). The
   * best plan seen is restored at the end.
   */
  private void run(long steps, long deadlineNanos) {
    long[][] late = new long[LATE_ACCEPTANCE_SIZE][];
    Arrays.fill(late, plan.score());
    for (long step = 0; step < steps && System.nanoTime() < deadlineNanos; step++) {
      if (step == steps * 2 / 3) {
        restoreBest();
        Arrays.fill(late, plan.score());
      }
      GpuBin target = step % 2 == 0 && step < steps * 2 / 3 ? closableGpu() : null;
      int slot = (int) (step % late.length);
      if (target != null) {
        step(target, ruinAround(target), plan.score(), 2);
      } else {
        step(null, step % 4 == 1 ? randomReplicas(4) : residentsOfRandomGpus(2), late[slot], 3);
      }
      late[slot] = plan.score();
      if (ScoredPlacement.compare(plan.score(), best, 3) < 0) {
        best = plan.score();
        changedSinceBest.forEach(r -> bestGpus.put(r, r.gpu()));
        changedSinceBest.clear();
      }
    }
    restoreBest();
  }

  /**
   * Ruins {@code ruined} and re-places it away from {@code excluded}; keeps the result if, on the
   * first {@code levels} levels of the score, it is no worse than before the step or than {@code
   * late}; undoes it otherwise.
   */
  private void step(GpuBin excluded, List<Replica> ruined, long[] late, int levels) {
    long[] before = plan.score();
    List<GpuBin> previous = ruined.stream().map(Replica::gpu).toList();
    ruined.forEach(plan::remove);
    List<Replica> order = new ArrayList<>(ruined);
    // Mostly largest first, as bin packing wants; sometimes shuffled, so a tie the order decides
    // can go the other way. Sorted first either way: the residents' order depends on the identity
    // order in which the best plan was restored, and the result must not.
    order.sort(largestFirst);
    if (random.nextInt(4) == 0) {
      Collections.shuffle(order, random);
    }
    for (Replica r : order) {
      r.assign(SloAwareFirstFit.bestHost(problem, r.demand(), plan.ledger, excluded));
      plan.add(r);
    }
    if (ScoredPlacement.compare(plan.score(), before, levels) > 0
        && ScoredPlacement.compare(plan.score(), late, levels) > 0) {
      ruined.forEach(plan::remove);
      for (int i = 0; i < ruined.size(); i++) {
        ruined.get(i).assign(previous.get(i));
        plan.add(ruined.get(i));
      }
    } else {
      changedSinceBest.addAll(ruined);
    }
  }

  private void restoreBest() {
    changedSinceBest.forEach(plan::remove);
    changedSinceBest.forEach(r -> r.assign(bestGpus.get(r)));
    changedSinceBest.forEach(plan::add);
    changedSinceBest.clear();
  }

  /**
   * Of two random open GPUs without pinned residents, the less full one; null when neither
   * qualifies.
   */
  private GpuBin closableGpu() {
    List<GpuBin> open = problem.gpus.stream().filter(plan.ledger::isOpen).toList();
    GpuBin best = null;
    for (int k = 0; k < 2 && !open.isEmpty(); k++) {
      GpuBin g = open.get(random.nextInt(open.size()));
      if (plan.residents(g).stream().noneMatch(Replica::isPinned)
          && (best == null || plan.fill(g) < plan.fill(best))) {
        best = g;
      }
    }
    return best;
  }

  /** The target's residents, those of up to two random GPUs, and up to three unplaced replicas. */
  private List<Replica> ruinAround(GpuBin target) {
    Set<Replica> ruined = new LinkedHashSet<>(plan.residents(target));
    ruined.addAll(residentsOfRandomGpus(random.nextInt(3)));
    List<Replica> unplaced =
        plan.unplaced().stream().filter(r -> !r.isPinned()).sorted(largestFirst).toList();
    for (int k = Math.min(3, unplaced.size()); k > 0; k--) {
      ruined.add(unplaced.get(random.nextInt(unplaced.size())));
    }
    return List.copyOf(ruined);
  }

  private List<Replica> residentsOfRandomGpus(int count) {
    Set<Replica> ruined = new LinkedHashSet<>();
    for (int k = 0; k < count; k++) {
      plan.residents(problem.gpus.get(random.nextInt(problem.gpus.size()))).stream()
          .filter(r -> !r.isPinned())
          .forEach(ruined::add);
    }
    return List.copyOf(ruined);
  }

  private List<Replica> randomReplicas(int count) {
    Set<Replica> ruined = new LinkedHashSet<>();
    for (int k = 0; k < count; k++) {
      ruined.add(movable.get(random.nextInt(movable.size())));
    }
    return List.copyOf(ruined);
  }
}
