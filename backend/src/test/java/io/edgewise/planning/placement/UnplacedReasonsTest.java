package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each reason an operator reads when a workload cannot be placed, on hand-built one-GPU-per-node
 * problems.
 */
class UnplacedReasonsTest {
  private final TimefoldPlacementPolicy timefold =
      new TimefoldPlacementPolicy(Duration.ofSeconds(5), 2_000);

  private static GpuSlot gpu(String id, String node, String site, long mib) {
    return new GpuSlot(id, node, site, mib, 1.0, 0, 0);
  }

  private static Workload workload(
      long mib, double serviceMs, double rps, double sloMs, int replicas) {
    return new Workload(
        "w", mib, new double[] {serviceMs}, Map.of("a", rps), sloMs, 5, replicas, Set.of());
  }

  private String reason(List<GpuSlot> gpus, Workload w, SiteLatency latency) {
    PlacementPlan plan = timefold.place(new PlacementProblem(gpus, List.of(w), latency));
    assertThat(plan.unplaced()).hasSize(1);
    return plan.unplaced().get(0).reason();
  }

  @Test
  void rejectsPlacementWhenGpuMemoryTooSmall() {
    assertThat(
            reason(
                List.of(gpu("g", "n", "a", 16_000)), workload(24_576, 5, 10, 100, 1), (x, y) -> 0))
        .isEqualTo("needs 24,576 MiB; the largest free GPU has 16,000 MiB");
  }

  @Test
  void rejectsPlacementWhenTheRttEatsTheSlo() {
    // SLO 50 ms − fixed 5 ms = 45 ms of budget; the only GPU is 60 ms away.
    assertThat(
            reason(
                List.of(gpu("g", "n", "b", 16_000)), workload(1_000, 5, 10, 50, 1), (x, y) -> 60))
        .startsWith("RTT budget: SLO 50 ms minus fixed 5.0 ms");
  }

  @Test
  void placesOnlyAtTheWorkloadsTargetSites() {
    // The closer, roomier GPU at site "a" is not a target; the one at "b" is.
    List<GpuSlot> gpus = List.of(gpu("near", "n1", "a", 40_000), gpu("far", "n2", "b", 16_000));
    Workload w =
        new Workload("w", 1_000, new double[] {5}, Map.of("a", 10.0), 100, 5, 1, Set.of("b"));
    PlacementPlan plan = timefold.place(new PlacementProblem(gpus, List.of(w), (x, y) -> 10));
    assertThat(plan.gpusByWorkload()).containsEntry("w", List.of("far"));
  }

  @Test
  void rejectsPlacementWhenNoGpuIsAtATargetSite() {
    Workload w =
        new Workload("w", 1_000, new double[] {5}, Map.of("a", 10.0), 100, 5, 1, Set.of("c"));
    assertThat(reason(List.of(gpu("g", "n", "a", 16_000)), w, (x, y) -> 0))
        .isEqualTo("no GPU of an ONLINE node at its target sites [c]");
  }

  @Test
  void namesTheLoadOnTheGpuThatCouldHoldItNotOnAReferenceGpu() {
    // 100 rps × 5 ms = 50% of a reference GPU, but 125% of this GPU at 0.4× its speed: the reason
    // must not say "50%, above the 80% cap"
    GpuSlot slow = new GpuSlot("g", "n", "a", 16_000, 0.4, 0, 0);
    assertThat(reason(List.of(slow), workload(1_000, 5, 100, 500, 1), (x, y) -> 0))
        .startsWith(
            "one replica needs 125% of the fastest GPU that can hold it, above the 80% utilization"
                + " cap");
  }

  @Test
  void rejectsPlacementWhenOneReplicaExceedsTheCap() {
    // 200 rps × 5 ms = 100% of a reference GPU, above the 80% cap.
    assertThat(
            reason(
                List.of(gpu("g", "n", "a", 16_000)), workload(1_000, 5, 200, 500, 1), (x, y) -> 0))
        .startsWith(
            "one replica needs 100% of the fastest GPU that can hold it, above the 80% utilization"
                + " cap");
  }

  @Test
  void rejectsPlacementWhenTooFewNodesForAntiAffinity() {
    List<GpuSlot> gpus =
        List.of(
            gpu("g1", "n1", "a", 16_000),
            gpu("g2", "n1", "a", 16_000),
            gpu("g3", "n2", "a", 16_000));
    assertThat(reason(gpus, workload(1_000, 5, 10, 100, 3), (x, y) -> 0))
        .isEqualTo(
            "1 of 3 replicas: needs 3 replicas on different nodes; only 2 nodes can host it");
  }

  @Test
  void rejectsPlacementWhenEveryHostIsFull() {
    List<GpuSlot> gpus = List.of(gpu("g", "n", "a", 16_000));
    Workload big =
        new Workload("big", 10_000, new double[] {5}, Map.of("a", 10.0), 100, 5, 1, Set.of());
    Workload small =
        new Workload("small", 8_000, new double[] {5}, Map.of("a", 1.0), 100, 5, 1, Set.of());
    PlacementPlan plan =
        timefold.place(new PlacementProblem(gpus, List.of(big, small), (x, y) -> 0));
    assertThat(plan.unplaced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.workloadId()).isEqualTo("small");
              assertThat(u.reason()).startsWith("all 1 GPUs that could host it are full");
            });
  }
}
