package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ruin-and-recreate step after local search: it closes GPUs, never worsens a plan and never
 * moves a pinned replica.
 */
class GpuClosingSearchTest {
  // One site; g0 and g1 on different nodes, 16,000 MiB, speed 1, idle. Two 4,000 MiB models at 10
  // rps × 5 ms = 5%
  // load each fit one GPU together, but each sits on its own GPU: one GPU too many.
  private final ScaledProblem twoHalfEmpty =
      ScaledProblem.of(
          new PlacementProblem(
              List.of(
                  new GpuSlot("g0", "n0", "a", 16_000, 1, 0, 0),
                  new GpuSlot("g1", "n1", "a", 16_000, 1, 0, 0)),
              List.of(
                  new Workload(
                      "w0", 4_000, new double[] {5}, Map.of("a", 10.0), 200, 10, 1, Set.of()),
                  new Workload(
                      "w1", 4_000, new double[] {5}, Map.of("a", 10.0), 200, 10, 1, Set.of())),
              (x, y) -> 10));
  private final GpuBin g0 = twoHalfEmpty.gpus.get(0);
  private final GpuBin g1 = twoHalfEmpty.gpus.get(1);

  @Test
  void closesAGpuWhoseResidentsFitElsewhere() {
    List<Replica> replicas =
        List.of(
            new Replica(twoHalfEmpty.demands.get(0), 0, g0),
            new Replica(twoHalfEmpty.demands.get(1), 0, g1));
    GpuClosingSearch.improve(twoHalfEmpty, replicas, 100, Long.MAX_VALUE);
    assertThat(replicas).extracting(Replica::gpu).containsOnly(replicas.get(0).gpu());
  }

  @Test
  void neverMovesAPinnedReplicaNorEmptiesItsGpu() {
    Replica pinned = new Replica(twoHalfEmpty.demands.get(0), 0, g1);
    pinned.pin();
    List<Replica> replicas = List.of(pinned, new Replica(twoHalfEmpty.demands.get(1), 0, g0));
    GpuClosingSearch.improve(twoHalfEmpty, replicas, 100, Long.MAX_VALUE);
    assertThat(replicas).extracting(Replica::gpu).containsExactly(g1, g1);
  }

  @Test
  void neverWorsensAFirstFitPlanAndKeepsEveryHardConstraint() {
    for (long seed = 0; seed < 30; seed++) {
      PlacementProblem problem = new PlacementInstances(8, 16, 3, 0.6).generate(seed);
      ScaledProblem scaled = ScaledProblem.of(problem);
      List<Replica> replicas = scaled.replicas();
      SloAwareFirstFit.construct(scaled, replicas, new GpuLedger(scaled));
      PlacementScore before = PlanAssembler.assemble(scaled, replicas, Duration.ZERO).score();
      GpuClosingSearch.improve(scaled, replicas, 2_000, Long.MAX_VALUE);
      PlacementPlan after = PlanAssembler.assemble(scaled, replicas, Duration.ZERO);
      PlanChecks.assertFeasible(problem, after, "seed " + seed);
      assertThat(after.score()).as("seed %d", seed).isLessThanOrEqualTo(before);
    }
  }

  @Test
  void sameInputGivesTheSameAssignment() {
    PlacementProblem problem = new PlacementInstances(8, 16, 3, 0.6).generate(5);
    assertThat(searched(problem)).isEqualTo(searched(problem));
  }

  private static List<String> searched(PlacementProblem problem) {
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    SloAwareFirstFit.construct(scaled, replicas, new GpuLedger(scaled));
    GpuClosingSearch.improve(scaled, replicas, 2_000, Long.MAX_VALUE);
    return replicas.stream().map(Replica::toString).toList();
  }
}
