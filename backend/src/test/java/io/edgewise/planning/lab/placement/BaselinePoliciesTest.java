package io.edgewise.planning.lab.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.planning.placement.GpuSlot;
import io.edgewise.planning.placement.PlacementPolicy;
import io.edgewise.planning.placement.PlacementProblem;
import io.edgewise.planning.placement.PlanChecks;
import io.edgewise.planning.placement.Unplaced;
import io.edgewise.planning.placement.Workload;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SLO-blind baselines' edge cases and the public records' input checks. */
class BaselinePoliciesTest {
  private static final List<GpuSlot> GPUS =
      List.of(
          new GpuSlot("g0", "n0", "a", 16_000, 1, 0, 0.3),
          new GpuSlot("g1", "n1", "a", 16_000, 1, 0, 0),
          new GpuSlot("g2", "n2", "a", 16_000, 1, 0, 0.1));

  private static Workload workload(String id, long mib) {
    return new Workload(id, mib, new double[] {5}, Map.of("a", 10.0), 100, 5, 1, Set.of());
  }

  private static PlacementProblem problem(Workload... workloads) {
    return new PlacementProblem(GPUS, List.of(workloads), (x, y) -> 0);
  }

  @Test
  void roundRobinTakesTheGpusInTurn() {
    var plan =
        new RoundRobinPolicy()
            .place(
                problem(
                    workload("a", 1_000),
                    workload("b", 1_000),
                    workload("c", 1_000),
                    workload("d", 1_000)));
    assertThat(plan.gpusByWorkload())
        .containsEntry("a", List.of("g0"))
        .containsEntry("b", List.of("g1"))
        .containsEntry("c", List.of("g2"))
        .containsEntry("d", List.of("g0"));
  }

  @Test
  void leastLoadedPicksTheIdlestGpu() {
    assertThat(new LeastLoadedPolicy().place(problem(workload("a", 1_000))).gpusByWorkload())
        .containsEntry("a", List.of("g1"));
  }

  @Test
  void firstFitDecreasingPacksTheLargestModelFirst() {
    // 9,000 goes to g0 first; 8,000 no longer fits there and goes to g1; 7,000 fits g0 (16,000 −
    // 9,000).
    var plan =
        new FirstFitDecreasingPolicy()
            .place(problem(workload("s", 7_000), workload("m", 8_000), workload("l", 9_000)));
    assertThat(plan.gpusByWorkload())
        .containsEntry("l", List.of("g0"))
        .containsEntry("m", List.of("g1"))
        .containsEntry("s", List.of("g0"));
  }

  @Test
  void baselinesLeaveAModelLargerThanEveryGpuUnplaced() {
    for (PlacementPolicy policy : PlanChecks.baselines()) {
      assertThat(policy.place(problem(workload("huge", 20_000))).unplaced())
          .extracting(Unplaced::workloadId)
          .containsExactly("huge");
    }
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new GpuSlot("g", "n", "a", 0, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GpuSlot("g", "n", "a", 100, 1, 0, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Workload("w", 1, new double[0], Map.of(), 10, 0, 1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Workload("w", 1, new double[] {1}, Map.of("a", -1.0), 10, 0, 1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PlacementProblem(
                    GPUS, List.of(workload("a", 1), workload("a", 1)), (x, y) -> 0))
        .hasMessageContaining("duplicate workload id a");
    assertThatThrownBy(() -> new PlacementProblem(GPUS, List.of(), (x, y) -> 0, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RoundRobinPolicy()
                    .place(
                        new PlacementProblem(
                            GPUS,
                            List.of(
                                new Workload(
                                    "w",
                                    1,
                                    new double[] {5},
                                    Map.of("b", 10.0),
                                    100,
                                    5,
                                    1,
                                    Set.of())),
                            (x, y) -> -1)))
        .hasMessageContaining("RTT");
  }
}
