package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.lab.placement.RoundRobinPolicy;
import io.edgewise.planning.placement.FifoGpuSimulation.JobClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The case: a 2 ms model at 30% load with a 20 ms SLO next to a 200 ms model at 20%. One
 * FIFO queue makes the 2 ms model wait behind 200 ms batches (a simulation gives hundreds of ms),
 * which the old per-workload M/M/1 bound, {@code 2 ms·ln 20/(1−0.5) ≈ 12 ms}, hid.
 */
class CoLocatedWorkloadsTest {
  private static final Logger LOG = Logger.getLogger(CoLocatedWorkloadsTest.class.getName());

  // 150 rps × 2 ms = 0.3; 1 rps × 200 ms = 0.2; 2 ms fixed latency each.
  private static final Workload SMALL =
      new Workload("small", 1_000, new double[] {2}, Map.of("a", 150.0), 20, 2, 1, Set.of());
  private static final Workload LARGE =
      new Workload("large", 1_000, new double[] {200}, Map.of("a", 1.0), 2_000, 2, 1, Set.of());
  private static final GpuSlot G0 = new GpuSlot("g0", "n0", "a", 16_000, 1, 0, 0);
  private static final GpuSlot G1 = new GpuSlot("g1", "n1", "a", 16_000, 1, 0, 0);

  private final TimefoldPlacementPolicy timefold =
      new TimefoldPlacementPolicy(Duration.ofSeconds(10), 5_000);

  private static PlacementProblem problem(GpuSlot... gpus) {
    return new PlacementProblem(List.of(gpus), List.of(SMALL, LARGE), (x, y) -> 0);
  }

  @Test
  void separatesATwoMsModelFromATwoHundredMsModel() {
    PlacementPlan plan = timefold.place(problem(G0, G1));
    assertThat(plan.unplaced()).isEmpty();
    assertThat(plan.gpusByWorkload().get("small"))
        .doesNotContainAnyElementsOf(plan.gpusByWorkload().get("large"));
    PlanChecks.assertFeasible(problem(G0, G1), plan, "two GPUs");
  }

  @Test
  void refusesOneOfThemWithAReasonWhenOnlyOneGpuExists() {
    PlacementPlan plan = timefold.place(problem(G0));
    // Unserved rate comes first: the 150 rps model keeps the GPU, the 1 rps one is refused.
    assertThat(plan.gpusByWorkload()).containsOnlyKeys("small");
    assertThat(plan.unplaced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.workloadId()).isEqualTo("large");
              assertThat(u.reason()).contains("residents' SLOs");
            });
  }

  @Test
  void reportedP95AgreesWithTheSimulationAloneAndShared() {
    double alone = timefold.place(problem(G0, G1)).p95MsByWorkload().get("small");
    double simulatedAlone = 2 + simulatedSmallP95(List.of(job(SMALL)));
    // An SLO-blind policy puts both on the one GPU: the plan must report what that costs.
    double shared = new RoundRobinPolicy().place(problem(G0)).p95MsByWorkload().get("small");
    double simulatedShared = 2 + simulatedSmallP95(List.of(job(SMALL), job(LARGE)));
    LOG.info(
        String.format(
            "2 ms model p95: alone predicted %.1f, simulated %.1f; shared predicted %.1f,"
                + " simulated %.1f ms",
            alone, simulatedAlone, shared, simulatedShared));
    assertThat(alone).isGreaterThanOrEqualTo(0.9 * simulatedAlone).isLessThanOrEqualTo(20);
    assertThat(shared).isGreaterThanOrEqualTo(0.9 * simulatedShared).isGreaterThan(100);
  }

  /** The workload's batches as a job class: lognormal service with its default spread. */
  private static JobClass job(Workload w) {
    double ms = w.serviceMsByBatch()[0];
    return new JobClass(
        w.totalRequestsPerSecond() / 1000, new ServiceTimes.Lognormal(ms, w.serviceCv()));
  }

  private static double simulatedSmallP95(List<JobClass> classes) {
    return FifoGpuSimulation.sojournP95(classes, 1_000_000, 50_000, 7)[0];
  }
}
