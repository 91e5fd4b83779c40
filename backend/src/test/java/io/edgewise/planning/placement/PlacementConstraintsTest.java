package io.edgewise.planning.placement;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** One test per placement rule, with the expected arithmetic in a comment. */
class PlacementConstraintsTest {
  private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier =
      ConstraintVerifier.build(new PlacementConstraints(), PlacementSolution.class, Replica.class);

  // Two sites 10 ms apart; GPUs: g0 (node n0, site a), g1 (node n0, site a), g2 (node n1, site b);
  // 16,000 MiB, speed 1.
  private final ScaledProblem problem =
      ScaledProblem.of(
          new PlacementProblem(
              List.of(
                  new GpuSlot("g0", "n0", "a", 16_000, 1, 0, 0),
                  new GpuSlot("g1", "n0", "a", 16_000, 1, 0, 0),
                  new GpuSlot("g2", "n1", "b", 16_000, 1, 0, 0.5)),
              List.of(
                  new Workload(
                      "big", 10_000, new double[] {5}, Map.of("a", 100.0), 100, 5, 2, Set.of()),
                  new Workload(
                      "tight", 1_000, new double[] {10}, Map.of("a", 20.0), 40, 5, 1, Set.of())),
              (x, y) -> 10));
  private final GpuBin g0 = problem.gpus.get(0);
  private final GpuBin g1 = problem.gpus.get(1);
  private final GpuBin g2 = problem.gpus.get(2);
  private final Demand big = problem.demands.get(0);
  private final Demand tight = problem.demands.get(1);

  @Test
  void penalizesMemoryOverTheGpusFreeMemory() {
    // 2 × 10,000 MiB on a 16,000 MiB GPU: 4,000 MiB over.
    verifier
        .verifyThat(PlacementConstraints::gpuMemory)
        .given(new Replica(big, 0, g0), new Replica(big, 1, g0))
        .penalizesBy(4_000);
  }

  @Test
  void penalizesUtilizationOverTheCap() {
    // Each big replica: 50 rps × 5 ms = 0.25; on g2 with 0.5 background: 0.5 + 2 × 0.25 = 1.0, cap
    // 0.8: 200,000 ppm over.
    verifier
        .verifyThat(PlacementConstraints::utilizationCap)
        .given(new Replica(big, 0, g2), new Replica(big, 1, g2))
        .penalizesBy(200_000);
  }

  @Test
  void penalizesAResidentWhoseSloBreaksInTheGpusSharedQueue() {
    // tight: SLO 40 − fixed 5 − its own service bound (10 ms, cv 0.25: 10·(1 + 0.25·√19) =
    // 20.897 ms) = a wait budget of 14,102 µs. Behind big's batches (25%) and its own (20%) the p96
    // wait is 17,364 µs: 3,262 over. Alone, big waits far less than its own budget.
    long wait = SharedGpuQueue.waitMicros(g0, List.of(big, tight));
    long budget = tight.waitBudgetMicros(g0);
    Assertions.assertThat(wait - budget).isEqualTo(3_262);
    verifier
        .verifyThat(PlacementConstraints::latencySlo)
        .given(new Replica(big, 0, g0), new Replica(tight, 0, g0))
        .penalizesBy(wait - budget);
    verifier
        .verifyThat(PlacementConstraints::latencySlo)
        .given(new Replica(big, 0, g0))
        .penalizesBy(0);
  }

  @Test
  void penalizesReplicasOfOneWorkloadOnTheSameNode() {
    // g0 and g1 share node n0; g2 is another node.
    verifier
        .verifyThat(PlacementConstraints::antiAffinity)
        .given(new Replica(big, 0, g0), new Replica(big, 1, g1))
        .penalizesBy(1);
    verifier
        .verifyThat(PlacementConstraints::antiAffinity)
        .given(new Replica(big, 0, g0), new Replica(big, 1, g2))
        .penalizesBy(0);
  }

  @Test
  void penalizesUnplacedReplicasByTheirRequestRate() {
    // An unplaced big replica loses 50 rps = 50,000 milli-rps.
    verifier
        .verifyThat(PlacementConstraints::unplacedRequests)
        .given(new Replica(big, 0), new Replica(big, 1, g2))
        .penalizesBy(50_000);
  }

  @Test
  void penalizesEveryGpuInUseByItsOpeningCost() {
    verifier
        .verifyThat(PlacementConstraints::gpusUsed)
        .given(new Replica(big, 0, g0), new Replica(tight, 0, g0), new Replica(big, 1, g2))
        .penalizesBy(2 * g0.openCost);
  }

  @Test
  void penalizesNetworkLatencyByRateTimesRtt() {
    // big replica on g2 (site b): 50 rps from site a × 10 ms = 500 rps·ms = 500,000; on g0 (site
    // a): 0.
    verifier
        .verifyThat(PlacementConstraints::networkLatency)
        .given(new Replica(big, 0, g0), new Replica(big, 1, g2))
        .penalizesBy(500_000);
  }

  @Test
  void openingAGpuCostsMoreThanAllNetworkLatency() {
    // Σ max network per replica: big 2 × 500,000 + tight 200,000 = 1,200,000; + 1.
    Assertions.assertThat(g0.openCost).isEqualTo(1_200_001);
  }
}
