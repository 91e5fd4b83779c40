package io.edgewise.planning.placement;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLO rule of {@link CpSatPlacementOracle} as lazy no-good cuts: after a solve, each GPU whose
 * residents break an SLO in its shared queue forbids a minimal breaking subset of them.
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
      if (breaks(g, residents)) {
        List<Integer> minimal = minimal(g, residents);
        model.addLessOrEqual(
            LinearExpr.sum(minimal.stream().map(i -> x[i][g.index]).toArray(BoolVar[]::new)),
            minimal.size() - 1);
        added = true;
      }
    }
    return added;
  }

  /** Drops residents one by one while the rest still breaks an SLO. */
  private List<Integer> minimal(GpuBin g, List<Integer> residents) {
    List<Integer> kept = new ArrayList<>(residents);
    for (Integer i : residents) {
      kept.remove(i);
      if (!breaks(g, kept)) {
        kept.add(i);
      }
    }
    return kept;
  }

  private boolean breaks(GpuBin g, List<Integer> residents) {
    List<Demand> demands = residents.stream().map(i -> replicas.get(i).demand()).toList();
    long budget =
        demands.stream().mapToLong(d -> d.waitBudgetMicros(g)).min().orElse(Long.MAX_VALUE);
    return !demands.isEmpty() && SharedGpuQueue.waitMicros(g, demands) > budget;
  }
}
