package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Timefold policy against the baselines and the CP-SAT optimum on seeded random instances. */
class TimefoldPlacementPolicyTest {
  private static final PlacementInstances SMALL = new PlacementInstances(8, 16, 3, 0.6);
  private final TimefoldPlacementPolicy timefold =
      new TimefoldPlacementPolicy(Duration.ofSeconds(20), 30_000);

  @Test
  void neverBreaksAHardConstraintAndNeverScoresWorseThanABaseline() {
    for (long seed = 0; seed < 40; seed++) {
      PlacementProblem problem = SMALL.generate(seed);
      PlacementPlan plan = timefold.place(problem);
      PlanChecks.assertFeasible(problem, plan, "seed " + seed);
      for (PlacementPolicy baseline : PlanChecks.baselines()) {
        assertThat(plan.score())
            .as("seed %d against %s", seed, baseline.name())
            .isLessThanOrEqualTo(baseline.place(problem).score());
      }
    }
  }

  /**
   * The target: within 2% of the exact optimum on average, the gap taken at the first
   * lexicographic level where the scores differ. Measured with the shared-GPU queue model
   * (2026-12-08): 0 on 21 of 25 cases, 5.78% at most (seed 102), 0.36% on average; CP-SAT's SLO cut
   * loop did not prove seeds 107, 113 and 117 within its limit.
   */
  @Test
  void averagesWithinTwoPercentOfTheCpSatOptimum() {
    CpSatPlacementOracle cpSat = new CpSatPlacementOracle(10);
    TimefoldPlacementPolicy timefold = new TimefoldPlacementPolicy(Duration.ofSeconds(20), 200_000);
    List<Double> gaps = new ArrayList<>();
    List<Long> unproven = new ArrayList<>();
    for (long seed = 100; seed < 125; seed++) {
      PlacementProblem problem =
          new PlacementInstances(4 + (int) (seed % 6), 8 + (int) (seed % 12), 3, 0.6)
              .generate(seed);
      CpSatPlacementOracle.Result exact = cpSat.solve(problem);
      PlacementScore ours = timefold.place(problem).score();
      PlacementScore reference = exact.plan().score();
      if (exact.optimal()) {
        assertThat(ours)
            .as("seed %d cannot beat the proven optimum", seed)
            .isGreaterThanOrEqualTo(reference);
      } else {
        // On a loaded machine CP-SAT may run out of time before proving a stage; then the best
        // known plan is the reference.
        unproven.add(seed);
        reference = ours.compareTo(reference) < 0 ? ours : reference;
      }
      gaps.add(ours.gapTo(reference, PlanChecks.totalRps(problem)));
      System.out.println(
          "placement gap to CP-SAT, seed " + seed + ": " + gaps.get(gaps.size() - 1));
    }
    System.out.println(
        "placement gaps to CP-SAT: "
            + gaps
            + "; not proven optimal within the time limit: "
            + unproven);
    assertThat(gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
        .isLessThanOrEqualTo(0.02);
  }

  @Test
  void replanMovesOnlyTheReplicasOfTheNodeThatWentOffline() {
    PlacementProblem problem = new PlacementInstances(12, 20, 3, 0.5).generate(7);
    PlacementPlan before = timefold.place(problem);
    String offline =
        problem.gpus().stream()
            .filter(
                g -> before.gpusByWorkload().values().stream().anyMatch(l -> l.contains(g.id())))
            .findFirst()
            .orElseThrow()
            .nodeId();
    List<GpuSlot> left = problem.gpus().stream().filter(g -> !g.nodeId().equals(offline)).toList();
    List<String> lostGpus =
        problem.gpus().stream().filter(g -> g.nodeId().equals(offline)).map(GpuSlot::id).toList();
    PlacementPlan after =
        timefold.replan(new PlacementProblem(left, problem.workloads(), problem.latency()), before);

    long onOffline =
        before.gpusByWorkload().values().stream()
            .flatMap(List::stream)
            .filter(lostGpus::contains)
            .count();
    assertThat(after.moved()).isEqualTo((int) onOffline).isPositive();
    before
        .gpusByWorkload()
        .forEach(
            (w, gpus) ->
                gpus.stream()
                    .filter(g -> !lostGpus.contains(g))
                    .forEach(
                        g ->
                            assertThat(after.gpusByWorkload().get(w))
                                .as("%s stays on %s", w, g)
                                .contains(g)));
    PlanChecks.assertFeasible(
        new PlacementProblem(left, problem.workloads(), problem.latency()), after, "after replan");
  }

  @Test
  void replanWithNothingChangedMovesNothing() {
    PlacementProblem problem = SMALL.generate(3);
    PlacementPlan before = timefold.place(problem);
    PlacementPlan after = timefold.replan(problem, before);
    assertThat(after.moved()).isZero();
    before
        .gpusByWorkload()
        .forEach(
            (w, gpus) -> assertThat(after.gpusByWorkload().get(w)).containsExactlyElementsOf(gpus));
  }

  @Test
  void sameInputGivesTheSamePlan() {
    PlacementProblem problem = SMALL.generate(11);
    assertThat(timefold.place(problem).gpusByWorkload())
        .isEqualTo(timefold.place(problem).gpusByWorkload());
  }

  @Test
  void fullAssertModeFindsNoScoreCorruption() {
    var asserted =
        new TimefoldPlacementPolicy(Duration.ofSeconds(20), 2_000, EnvironmentMode.FULL_ASSERT);
    for (long seed = 0; seed < 3; seed++) {
      PlacementProblem problem = SMALL.generate(seed);
      PlanChecks.assertFeasible(problem, asserted.place(problem), "full assert seed " + seed);
    }
  }

  @Test
  void placesNothingWithoutGpusAndSaysWhy() {
    Workload w =
        new Workload("w", 1_000, new double[] {5}, Map.of("a", 10.0), 100, 10, 1, Set.of());
    PlacementPlan plan = timefold.place(new PlacementProblem(List.of(), List.of(w), (x, y) -> 0));
    assertThat(plan.unplaced()).extracting(Unplaced::workloadId).containsExactly("w");
    assertThat(plan.gpusUsed()).isZero();
  }

  @Test
  void rejectsANonPositiveTimeLimit() {
    assertThatThrownBy(() -> new TimefoldPlacementPolicy(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimefoldPlacementPolicy(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
