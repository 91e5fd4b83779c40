package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.ComputedPlan.Entry;
import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.registry.BatchPoint;
import io.edgewise.registry.ProfiledLayer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A deployment under heavy load whose model batches cheaply on the edge GPU (its measured curve
 * says so) is planned with a batch size above 1; without a curve for that GPU it stays at 1.
 */
class BatchPlanningTest {

  private static final Logger LOG = Logger.getLogger(BatchPlanningTest.class.getName());
  private static final String GPU = "NVIDIA T4";
  private static final UUID SITE = UUID.fromString("00000000-0000-0000-0000-00000000000a");

  /** 2 ms at batch 1, 5 ms at batch 16: a batch of 16 costs 2.5 singles. */
  private static final List<BatchPoint> CHEAP =
      List.of(
          new BatchPoint(1, 2.0),
          new BatchPoint(2, 2.2),
          new BatchPoint(4, 2.6),
          new BatchPoint(8, 3.4),
          new BatchPoint(16, 5.0));

  @Test
  void aMeasuredCurveWithCheapBatchingGivesABatchAboveOne() {
    Entry entry = planOne(Map.of(GPU, CHEAP));
    LOG.info(() -> "with the curve: batch " + entry.batchSize() + ", p95 " + entry.p95Ms() + " ms");

    assertThat(entry.outcome()).isEqualTo(PlanOutcome.PLACED);
    assertThat(entry.batchSize()).isGreaterThan(1);
  }

  @Test
  void withoutACurveForTheEdgeGpuTheBatchStaysOne() {
    assertThat(planOne(Map.of()).batchSize()).isEqualTo(1);
    assertThat(planOne(Map.of("another GPU", CHEAP)).batchSize()).isEqualTo(1);
  }

  /** One GPU, one EDGE_ONLY deployment at 200 requests/s, 2 ms a request at batch 1. */
  private static Entry planOne(Map<String, List<BatchPoint>> curves) {
    ProfileInput profile =
        new ProfileInput(
            "MEASURED",
            1_000,
            500,
            null,
            List.of(new ProfiledLayer("fc", 0.01, 40, List.of(), Map.of(GPU, 2.0))),
            List.of(),
            curves);
    DeploymentInput deployment =
        new DeploymentInput(
            UUID.randomUUID(),
            "busy",
            UUID.randomUUID(),
            4_000_000,
            1_000,
            "EDGE_ONLY",
            "MIN_LATENCY",
            200,
            null,
            1,
            SITE,
            List.of(),
            "camera",
            200,
            10,
            1_000,
            1,
            200,
            profile,
            null);
    PlanInputs inputs =
        new PlanInputs(
            List.of(new SiteInput(SITE, "mec", "MEC", 1_000, 10)),
            List.of(new GpuInput(UUID.randomUUID(), UUID.randomUUID(), SITE, GPU, 16_000, 65)),
            List.of(deployment));
    ComputedPlan plan =
        new PlanComputer(PlanningFixtures.config(Map.of("solverTimeLimit", Duration.ofSeconds(1))))
            .compute(inputs, Map.of());
    return plan.entries().get(0);
  }
}
