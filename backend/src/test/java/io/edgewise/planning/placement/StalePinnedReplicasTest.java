package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A re-plan keeps a previous replica on its GPU only while that GPU still passes every hard rule
 * with the new loads; otherwise the replica moves or is reported, never silently PLACED.
 */
class StalePinnedReplicasTest {
  private static final GpuSlot G0 = new GpuSlot("g0", "n0", "a", 16_000, 1, 0, 0);
  private static final GpuSlot G1 = new GpuSlot("g1", "n1", "a", 16_000, 1, 0, 0);

  private final TimefoldPlacementPolicy timefold =
      new TimefoldPlacementPolicy(Duration.ofSeconds(10), 5_000);

  private static Workload workload(String id, double serviceMs, double rps, double sloMs) {
    return new Workload(
        id, 1_000, new double[] {serviceMs}, Map.of("a", rps), sloMs, 2, 1, Set.of());
  }

  /** What the stored plan said: every workload on the GPUs given. */
  private static PlacementPlan previous(Map<String, List<String>> gpusByWorkload) {
    return new PlacementPlan(
        gpusByWorkload,
        Map.of(),
        Map.of(),
        Map.of(),
        List.of(),
        0,
        0,
        new PlacementScore(0, 0, 0),
        0,
        Duration.ZERO);
  }

  @Test
  void movesAResidentOffAGpuThatLoadGrowthPushedOverTheCap() {
    // Both were at 35% on g0 (70%); b grew to 110 rps × 5 ms = 55%: 90% is over the 80% cap.
    PlacementProblem grown =
        new PlacementProblem(
            List.of(G0, G1),
            List.of(workload("a", 5, 70, 500), workload("b", 5, 110, 500)),
            (x, y) -> 0);
    PlacementPlan after =
        timefold.replan(grown, previous(Map.of("a", List.of("g0"), "b", List.of("g0"))));
    PlanChecks.assertFeasible(grown, after, "after growth");
    assertThat(after.unplaced()).isEmpty();
    assertThat(after.moved()).isEqualTo(1);
  }

  @Test
  void reportsAReplicaThatNoGpuCanHoldAnyMore() {
    // 200 rps × 5 ms = 100% of a GPU: above the cap wherever it goes.
    PlacementProblem grown =
        new PlacementProblem(List.of(G0, G1), List.of(workload("a", 5, 200, 500)), (x, y) -> 0);
    PlacementPlan after = timefold.replan(grown, previous(Map.of("a", List.of("g0"))));
    assertThat(after.gpusByWorkload()).doesNotContainKey("a");
    assertThat(after.unplaced())
        .singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("above the 80% utilization cap"));
    assertThat(after.moved()).isEqualTo(1);
  }

  @Test
  void separatesAResidentWhoseSloTheSharedQueueNowBreaks() {
    // A 2 ms model with a 20 ms SLO was put next to a 200 ms model: under the cap (50%), but the
    // 2 ms model waits behind 200 ms batches.
    PlacementProblem problem =
        new PlacementProblem(
            List.of(G0, G1),
            List.of(workload("small", 2, 150, 20), workload("large", 200, 1, 2_000)),
            (x, y) -> 0);
    PlacementPlan after =
        timefold.replan(problem, previous(Map.of("small", List.of("g0"), "large", List.of("g0"))));
    PlanChecks.assertFeasible(problem, after, "after replan");
    assertThat(after.gpusByWorkload().get("small"))
        .doesNotContainAnyElementsOf(after.gpusByWorkload().get("large"));
    assertThat(after.moved()).isEqualTo(1);
  }
}
