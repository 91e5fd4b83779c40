package io.edgewise.planning.placement;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;

/**
 * The SLO rule of {@link CpSatPlacementOracle} as lazy no-good cuts: after a solve, each GPU whose
 * residents break an SLO in its shared queue gets a cut. When the wait's per-class part alone
 * breaks it, that part never falls as residents join, so a minimal such subset is cut (no larger
 * set can hold). Otherwise only that exact set is cut: the gamma part can fall when a light,
 * regular resident joins (its tail thins), so a subset's cut could remove a plan that holds.
 */
final class SloCuts {
  private final CpModel model;
  private final ScaledProblem scaled;
  private final List<Replica> replicas;
  private final BoolVar[][] x;

  SloCuts(CpModel model, ScaledProblem scaled, List<Replica> replicas, BoolVar[][] x) {
    this.model = model;
    this.scaled = scaled;
    this.replicas = replicas;
    this.x = x;
  }

  /**
   * Before the first solve: every pair of candidates of a GPU whose per-class wait alone breaks an
   * SLO there is cut, so the solve loop rarely has to find them one plan at a time.
   */
  void addBrokenPairs() {
    for (GpuBin g : scaled.gpus) {
      for (int i = 0; i < replicas.size(); i++) {
        for (int j = i + 1; j < replicas.size() && x[i][g.index] != null; j++) {
          if (x[j][g.index] != null
              && replicas.get(i).demand() != replicas.get(j).demand()
              && breaks(g, List.of(i, j), SharedGpuQueue::perClassWaitMicros)) {
            model.addLessOrEqual(LinearExpr.sum(new BoolVar[] {x[i][g.index], x[j][g.index]}), 1);
          }
        }
      }
    }
  }

  /**
   * Adds a cut per GPU whose residents in the solver's plan break an SLO; whether any was added.
   */
  boolean addBroken(CpSolver solver) {
    boolean added = false;
    for (GpuBin g : scaled.gpus) {
      List<Integer> residents = new ArrayList<>();
      for (int i = 0; i < replicas.size(); i++) {
        if (x[i][g.index] != null && solver.booleanValue(x[i][g.index])) {
          residents.add(i);
        }
      }
      if (breaks(g, residents, SharedGpuQueue::perClassWaitMicros)) {
        List<Integer> minimal = minimal(g, residents);
        model.addLessOrEqual(
            LinearExpr.sum(minimal.stream().map(i -> x[i][g.index]).toArray(BoolVar[]::new)),
            minimal.size() - 1);
        added = true;
      } else if (breaks(g, residents, SharedGpuQueue::waitMicros)) {
        exactly(g, residents);
        added = true;
      }
    }
    return added;
  }

  /** Σ over the set − Σ over the GPU's other candidates ≤ |set| − 1: only this set is cut. */
  private void exactly(GpuBin g, List<Integer> residents) {
    List<BoolVar> vars = new ArrayList<>();
    List<Long> coefficients = new ArrayList<>();
    for (int i = 0; i < replicas.size(); i++) {
      if (x[i][g.index] != null) {
        vars.add(x[i][g.index]);
        coefficients.add(residents.contains(i) ? 1L : -1L);
      }
    }
    model.addLessOrEqual(
        LinearExpr.weightedSum(
            vars.toArray(BoolVar[]::new),
            coefficients.stream().mapToLong(Long::longValue).toArray()),
        residents.size() - 1);
  }

  /** Drops residents one by one while the per-class part of the rest still breaks an SLO. */
  private List<Integer> minimal(GpuBin g, List<Integer> residents) {
    List<Integer> kept = new ArrayList<>(residents);
    for (Integer i : residents) {
      kept.remove(i);
      if (!breaks(g, kept, SharedGpuQueue::perClassWaitMicros)) {
        kept.add(i);
      }
    }
    return kept;
  }

  private boolean breaks(
      GpuBin g, List<Integer> residents, ToLongBiFunction<GpuBin, List<Demand>> wait) {
    List<Demand> demands = residents.stream().map(i -> replicas.get(i).demand()).toList();
    long budget =
        demands.stream().mapToLong(d -> d.waitBudgetMicros(g)).min().orElse(Long.MAX_VALUE);
    return !demands.isEmpty() && wait.applyAsLong(g, demands) > budget;
  }
}
