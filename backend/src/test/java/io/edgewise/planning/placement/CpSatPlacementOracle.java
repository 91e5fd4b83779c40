package io.edgewise.planning.placement;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact optimum of small placements with OR-Tools CP-SAT, for tests and benchmarks only. Same
 * integer data and constraints as the solver (memory, cap, anti-affinity, every resident's SLO in
 * the GPU's shared queue); the lexicographic objective is solved in three stages, each fixing the
 * previous optimum: placed request rate, then GPUs used, then network cost.
 *
 * <p>The SLO is not linear in the GPU's load ({@link SharedGpuQueue}), so it enters as lazy no-good
 * cuts ({@link SloCuts}): after each solve, a GPU whose residents break an SLO is forbidden exactly
 * that set of residents, and the stage is solved again until its plan holds. Every cut removes only
 * plans that break an SLO, so an optimum that holds is the optimum of the exact model.
 */
public final class CpSatPlacementOracle {
  static {
    Loader.loadNativeLibraries();
  }

  /** The plan and whether CP-SAT proved every stage optimal within its time limit. */
  public record Result(PlacementPlan plan, boolean optimal) {}

  private final double secondsPerStage;

  public CpSatPlacementOracle(double secondsPerStage) {
    this.secondsPerStage = secondsPerStage;
  }

  public Result solve(PlacementProblem problem) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    int n = replicas.size();
    int m = scaled.gpus.size();
    CpModel model = new CpModel();
    BoolVar[][] x = new BoolVar[n][m];
    BoolVar[] used = new BoolVar[m];
    for (int g = 0; g < m; g++) {
      used[g] = model.newBoolVar("used" + g);
    }
    List<LinearArgument> placed = new ArrayList<>();
    List<Long> rates = new ArrayList<>();
    List<LinearArgument> network = new ArrayList<>();
    List<Long> networkCosts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Demand d = replicas.get(i).demand();
      List<BoolVar> row = new ArrayList<>();
      for (int g = 0; g < m; g++) {
        GpuBin gpu = scaled.gpus.get(g);
        if (d.memoryMib() <= gpu.capacityMib && UnplacedReasons.fitsEmpty(d, gpu)) {
          x[i][g] = model.newBoolVar("x" + i + "_" + g);
          row.add(x[i][g]);
          model.addImplication(x[i][g], used[g]);
          placed.add(x[i][g]);
          rates.add(d.replicaRateMilli);
          network.add(x[i][g]);
          networkCosts.add(d.networkCost(gpu));
        }
      }
      model.addAtMostOne(row.toArray(BoolVar[]::new));
      if (i > 0 && replicas.get(i - 1).demand() == d) {
        model.addLessOrEqual(
            LinearExpr.sum(row.toArray(BoolVar[]::new)),
            LinearExpr.sum(present(x[i - 1]).toArray(BoolVar[]::new)));
      }
    }
    for (int g = 0; g < m; g++) {
      GpuBin gpu = scaled.gpus.get(g);
      List<LinearArgument> vars = new ArrayList<>();
      List<Long> mib = new ArrayList<>();
      List<Long> ppm = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (x[i][g] != null) {
          vars.add(x[i][g]);
          mib.add(replicas.get(i).demand().memoryMib());
          ppm.add(replicas.get(i).demand().loadPpm(gpu));
        }
      }
      LinearExpr load = weighted(vars, ppm);
      model.addLessOrEqual(weighted(vars, mib), gpu.capacityMib);
      model.addLessOrEqual(load, gpu.capPpm - gpu.backgroundPpm);
    }
    antiAffinity(model, scaled, replicas, x);
    LinearExpr placedRate = weighted(placed, rates);
    LinearExpr gpusUsed = LinearExpr.sum(used);
    LinearExpr networkCost = weighted(network, networkCosts);
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(secondsPerStage).setNumWorkers(2).setRandomSeed(1);
    boolean optimal = true;
    SloCuts cuts = new SloCuts(model, scaled, replicas, x);
    cuts.addBrokenPairs();
    model.maximize(placedRate);
    optimal &= stage(solver, model, cuts);
    model.addEquality(placedRate, Math.round(solver.objectiveValue()));
    hintLast(model, solver, x, used);
    model.minimize(gpusUsed);
    optimal &= stage(solver, model, cuts);
    model.addEquality(gpusUsed, Math.round(solver.objectiveValue()));
    hintLast(model, solver, x, used);
    model.minimize(networkCost);
    optimal &= stage(solver, model, cuts);
    for (int i = 0; i < n; i++) {
      for (int g = 0; g < m; g++) {
        if (x[i][g] != null && solver.booleanValue(x[i][g])) {
          replicas.get(i).assign(scaled.gpus.get(g));
        }
      }
    }
    return new Result(
        PlanAssembler.assemble(scaled, replicas, Duration.ofNanos(System.nanoTime() - start)),
        optimal);
  }

  /**
   * Solves, adds the cuts the plan breaks, and solves again until it breaks none; proven only if
   * the last solve was optimal and the loop ended within three times the stage's time limit (beyond
   * it the last plan stands, and {@link PlanAssembler} counts what it breaks as unserved).
   */
  private boolean stage(CpSolver solver, CpModel model, SloCuts cuts) {
    long deadline = System.nanoTime() + (long) (3 * secondsPerStage * 1e9);
    while (true) {
      CpSolverStatus status = solver.solve(model);
      if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
        throw new IllegalStateException("CP-SAT found no plan: " + status);
      }
      if (!cuts.addBroken(solver)) {
        return status == CpSolverStatus.OPTIMAL;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
    }
  }

  /**
   * Each stage starts from the previous stage's plan, so a busy machine cannot leave a later stage
   * with none.
   */
  private static void hintLast(CpModel model, CpSolver solver, BoolVar[][] x, BoolVar[] used) {
    model.clearHints();
    for (BoolVar[] row : x) {
      for (BoolVar v : row) {
        if (v != null) {
          model.addHint(v, solver.booleanValue(v) ? 1 : 0);
        }
      }
    }
    for (BoolVar v : used) {
      model.addHint(v, solver.booleanValue(v) ? 1 : 0);
    }
  }

  private static void antiAffinity(
      CpModel model, ScaledProblem scaled, List<Replica> replicas, BoolVar[][] x) {
    for (Demand d : scaled.demands) {
      for (int node = 0; node < scaled.nodeCount; node++) {
        List<BoolVar> onNode = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
          for (int g = 0; g < scaled.gpus.size(); g++) {
            if (replicas.get(i).demand() == d
                && scaled.gpus.get(g).nodeIndex == node
                && x[i][g] != null) {
              onNode.add(x[i][g]);
            }
          }
        }
        if (onNode.size() > 1) {
          model.addAtMostOne(onNode.toArray(BoolVar[]::new));
        }
      }
    }
  }

  private static List<BoolVar> present(BoolVar[] row) {
    List<BoolVar> vars = new ArrayList<>();
    for (BoolVar v : row) {
      if (v != null) {
        vars.add(v);
      }
    }
    return vars;
  }

  private static LinearExpr weighted(List<LinearArgument> vars, List<Long> coefficients) {
    return LinearExpr.weightedSum(
        vars.toArray(LinearArgument[]::new),
        coefficients.stream().mapToLong(Long::longValue).toArray());
  }
}
