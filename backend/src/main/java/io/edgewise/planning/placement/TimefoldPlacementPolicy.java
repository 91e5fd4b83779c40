package io.edgewise.planning.placement;

import ai.timefold.solver.core.api.domain.common.DomainAccessType;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The product's placement engine: an SLO-aware first-fit-decreasing plan ({@link SloAwareFirstFit})
 * improved by Timefold Solver's local search (late acceptance over change, swap and pillar moves)
 * against {@link PlacementConstraints}, with a ruin-and-recreate {@link GpuClosingSearch} before
 * and after it to close GPUs that one-replica moves cannot. The objective is Nexus' (Shen et al.,
 * SOSP'19) — meet every SLO on as few GPUs as possible — with the filter and score split of the
 * Kubernetes scheduler as hard and soft constraints.
 *
 * <p>Local search stops at its share of the time limit, after a quarter of that without
 * improvement, or after {@code moveLimit} evaluated moves; the closing searches stop at a step
 * bound per replica or the deadline. Only the move limit (with the step bound) makes the result
 * independent of the machine's speed.
 */
public final class TimefoldPlacementPolicy implements PlacementPolicy {
  private static final long CLOSING_STEPS_PER_REPLICA = 300;
  private static final long CLOSING_STEPS_MAX = 100_000;

  private final SolverFactory<PlacementSolution> solverFactory;
  private final Duration timeLimit;
  private final long moveLimit;

  public TimefoldPlacementPolicy(Duration timeLimit) {
    this(timeLimit, Long.MAX_VALUE, EnvironmentMode.NO_ASSERT);
  }

  /** Deterministic when {@code moveLimit} moves are evaluated before {@code timeLimit} runs out. */
  public TimefoldPlacementPolicy(Duration timeLimit, long moveLimit) {
    this(timeLimit, moveLimit, EnvironmentMode.NO_ASSERT);
  }

  TimefoldPlacementPolicy(Duration timeLimit, long moveLimit, EnvironmentMode mode) {
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() || moveLimit < 1) {
      throw new IllegalArgumentException(
          "the time limit must be positive and the move limit at least 1");
    }
    this.timeLimit = timeLimit;
    this.moveLimit = moveLimit;
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(PlacementSolution.class)
            .withEntityClasses(Replica.class)
            .withConstraintProviderClass(PlacementConstraints.class)
            .withDomainAccessType(DomainAccessType.REFLECTION)
            .withEnvironmentMode(mode)
            .withRandomSeed(20_261_127L)
            .withTerminationConfig(termination(timeLimit))
            .withPhases(
                new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig(
                        new UnionMoveSelectorConfig()
                            .withMoveSelectors(
                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                // Moving a whole GPU's residents at once relocates a GPU without
                                // opening a second one first.
                                new PillarChangeMoveSelectorConfig(),
                                    new PillarSwapMoveSelectorConfig())));
    this.solverFactory = SolverFactory.create(config);
  }

  @Override
  public String name() {
    return "timefold";
  }

  @Override
  public PlacementPlan place(PlacementProblem problem) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    SloAwareFirstFit.construct(scaled, replicas, new GpuLedger(scaled));
    return PlanAssembler.assemble(
        scaled, improve(scaled, replicas, start), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Re-plans after GPUs disappeared (a node went offline) or workloads changed: a replica whose GPU
   * is still in {@code problem} stays there, pinned, only while that GPU still passes every hard
   * rule with the new loads (memory, the cap, every resident's SLO in its shared queue); the others
   * are placed again, or reported unplaced with a reason. {@code moved} counts replicas that had a
   * GPU in {@code previous} and now have another one or none.
   */
  public PlacementPlan replan(PlacementProblem problem, PlacementPlan previous) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    Map<String, GpuBin> gpusById = new HashMap<>();
    scaled.gpus.forEach(g -> gpusById.put(g.slot.id(), g));
    GpuLedger ledger = new GpuLedger(scaled);
    Map<Demand, List<Replica>> byDemand =
        replicas.stream()
            .collect(
                Collectors.groupingBy(Replica::demand, IdentityHashMap::new, Collectors.toList()));
    Map<GpuBin, List<Demand>> previousResidents = new LinkedHashMap<>();
    for (Demand d : scaled.demands) {
      previousGpus(previous, d, gpusById)
          .forEach(g -> previousResidents.computeIfAbsent(g, k -> new ArrayList<>()).add(d));
    }
    Map<Demand, List<GpuBin>> kept = new IdentityHashMap<>();
    previousResidents.forEach(
        (g, residents) -> {
          // A GPU that still holds all its previous residents keeps them all; an overloaded one
          // keeps those that fit before it breaks, in the previous plan's order.
          boolean all = ledger.canHostAll(residents, g);
          for (Demand d : residents) {
            if (all || ledger.canHost(d, g)) {
              kept.computeIfAbsent(d, k -> new ArrayList<>()).add(g);
              ledger.add(d, g);
            }
          }
        });
    // Replicas take their kept GPUs in the previous plan's order, so nothing reorders.
    for (Demand d : scaled.demands) {
      List<GpuBin> left = kept.getOrDefault(d, new ArrayList<>());
      int next = 0;
      for (GpuBin g : previousGpus(previous, d, gpusById)) {
        if (left.remove(g)) {
          byDemand.get(d).get(next).assign(g);
          byDemand.get(d).get(next++).pin();
        }
      }
    }
    SloAwareFirstFit.construct(
        scaled, replicas.stream().filter(r -> r.gpu() == null).toList(), ledger);
    PlacementPlan plan =
        PlanAssembler.assemble(
            scaled, improve(scaled, replicas, start), Duration.ofNanos(System.nanoTime() - start));
    return plan.withMoved(moved(scaled, previous, plan));
  }

  /** The previous plan's surviving GPUs of {@code d}, at most one per replica. */
  private static List<GpuBin> previousGpus(
      PlacementPlan previous, Demand d, Map<String, GpuBin> gpusById) {
    return previous.gpusByWorkload().getOrDefault(d.workload.id(), List.of()).stream()
        .limit(d.workload.replicas())
        .map(gpusById::get)
        .filter(g -> g != null)
        .toList();
  }

  /** Replicas that had a GPU in {@code previous} and are not on it in {@code plan}. */
  private static int moved(ScaledProblem scaled, PlacementPlan previous, PlacementPlan plan) {
    int moved = 0;
    for (Demand d : scaled.demands) {
      String id = d.workload.id();
      List<String> now = new ArrayList<>(plan.gpusByWorkload().getOrDefault(id, List.of()));
      for (String gpu :
          previous.gpusByWorkload().getOrDefault(id, List.of()).stream()
              .limit(d.workload.replicas())
              .toList()) {
        moved += now.remove(gpu) ? 0 : 1;
      }
    }
    return moved;
  }

  /**
   * What the time limit leaves after construction, less half as much again for assembling the plan,
   * goes a quarter to {@link GpuClosingSearch} (fewer GPUs early), half to local search (polishes
   * network around them), and the rest to a second closing search. Each closing search is also
   * bounded by a step count per replica.
   */
  private List<Replica> improve(ScaledProblem scaled, List<Replica> replicas, long startNanos) {
    if (scaled.gpus.isEmpty()
        || replicas.isEmpty()
        || replicas.stream().allMatch(Replica::isPinned)) {
      return replicas;
    }
    long spent = System.nanoTime() - startNanos;
    long left = Math.max(1_000_000, timeLimit.toNanos() - spent - spent / 2);
    long deadline = System.nanoTime() + left;
    long steps = Math.min(CLOSING_STEPS_MAX, CLOSING_STEPS_PER_REPLICA * replicas.size());
    GpuClosingSearch.improve(scaled, replicas, steps, deadline - left * 3 / 4);
    Duration search =
        Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) * 2 / 3 / 1_000_000));
    var override =
        new SolverConfigOverride<PlacementSolution>().withTerminationConfig(termination(search));
    List<Replica> solved =
        solverFactory
            .buildSolver(override)
            .solve(new PlacementSolution(scaled.gpus, replicas))
            .replicas();
    GpuClosingSearch.improve(scaled, solved, steps, deadline);
    return solved;
  }

  private TerminationConfig termination(Duration limit) {
    TerminationConfig termination =
        new TerminationConfig()
            .withSpentLimit(limit)
            .withUnimprovedSpentLimit(Duration.ofMillis(limit.toMillis() / 4 + 1));
    return moveLimit == Long.MAX_VALUE ? termination : termination.withMoveCountLimit(moveLimit);
  }
}
