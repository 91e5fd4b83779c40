package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.planning.ComputedPlan.Entry;
import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The partition gets {@code SLO × (1 − queueing share)}, so the split an ENERGY or MAX_ACCURACY
 * deployment chooses leaves placement room for queueing; placement still checks the whole p95
 * against the whole SLO. One MEC site with one T4 (the edge reference, speed 1); the camera's link
 * moves 1,000 bytes per ms (8 Mbit/s) after a 10 ms round trip; layer times are measured.
 */
class PartitionBudgetTest {

  private static final UUID SITE = UUID.randomUUID();
  private static final String CAMERA = "camera";
  private static final String T4 = "T4";

  @Test
  void anEnergyDeploymentLeavesQueueingRoomAndIsPlaced() {
    // Edge-only: 100 ms to send the 100 kB input + 10 RTT + 1 + 10 ms + 1 ms back = 122 ms, the
    // least device energy (radio only). Splitting after layer 0: 20 + 10 + 2 + 10 + 1 = 43 ms.
    // With the whole 125 ms SLO the partition takes edge-only and leaves 3 ms for queueing in
    // front of 11 ms of GPU work at 40% load: unplaceable. The 93.75 ms partition budget picks
    // the split, whose 10 ms of GPU work has 92 ms of room.
    DeploymentInput d = deployment("energy", "MIN_DEVICE_ENERGY", 125, 40, model(List.of()));
    Entry entry = plan(d);

    assertThat(entry.outcome()).as(entry.reason()).isEqualTo(PlanOutcome.PLACED);
    assertThat(entry.partition().tiers()).containsExactly("DEVICE", "EDGE");
    assertThat(entry.p95Ms()).isLessThanOrEqualTo(125);
    assertThat(entry.partition().plan().totalMs()).isEqualTo(43);
    assertThat(entry.partition().plan().downlinkMs()).isEqualTo(1);
    assertThat(entry.partition().partitionBudgetMs()).isEqualTo(93.75);
    assertThat(entry.partition().queueingBudgetMs()).isEqualTo(31.25);
  }

  @Test
  void aPlanOverItsBudgetButWithinTheWholeSloIsTheFastestAndStillPlaced() {
    // Half the 80 ms SLO is reserved for queueing: no plan fits the 40 ms budget, so the fastest
    // (the 43 ms split) is taken, marked as over its budget; its 10 ms of GPU work at 10% load
    // still fits the 37 ms left of the whole SLO.
    DeploymentInput d = deployment("late", "MIN_DEVICE_ENERGY", 80, 10, model(List.of()));
    Entry entry = plan(d, "0.5");

    assertThat(entry.partition().plan().totalMs()).isEqualTo(43);
    assertThat(entry.partition().plan().meetsSlo()).isFalse();
    assertThat(entry.outcome()).as(entry.reason()).isEqualTo(PlanOutcome.PLACED);
    assertThat(entry.p95Ms()).isLessThanOrEqualTo(80);
  }

  @Test
  void aPlanOverTheWholeSloSaysWhereItsTimeGoes() {
    DeploymentInput d = deployment("hopeless", "MIN_DEVICE_ENERGY", 40, 10, model(List.of()));
    Entry entry = plan(d, "0.25");

    assertThat(entry.outcome()).isEqualTo(PlanOutcome.UNPLACED);
    assertThat(entry.reason())
        .contains("takes 43.0 ms before any queueing")
        .contains("downlink 1.0 ms")
        .contains("above the 40 ms SLO");
  }

  @Test
  void aQueueingShareOutsideZeroToOneIsRefused() {
    DeploymentInput d = deployment("any", "MIN_LATENCY", 80, 10, model(List.of()));
    for (String share : List.of("1", "-0.1", "NaN")) {
      assertThatThrownBy(() -> plan(d, share))
          .as(share)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("edgewise.planning.queueing-share must be in [0, 1)");
    }
  }

  @Test
  void aMaxAccuracyDeploymentTakesAnExitThatLeavesQueueingRoomAndIsPlaced() {
    // Full model, split after layer 0: 20 + 12 + 4 + 16 + 1 = 53 ms of a 60 ms SLO, leaving 7 ms
    // in front of 20 ms of GPU work: unplaceable. The exit after layer 1 (1 ms on the T4):
    // 20 + 12 + 4 + 1 + 1 = 38 ms fits the 45 ms budget and leaves 27 ms for 5 ms of GPU work.
    ProfileInput withExit = model(List.of(new ProfiledExit(1, 26, 0.6)));
    DeploymentInput d = deployment("accuracy", "MAX_ACCURACY", 60, 20, withExit);
    Entry entry = plan(d);

    assertThat(entry.outcome()).as(entry.reason()).isEqualTo(PlanOutcome.PLACED);
    assertThat(entry.partition().exitAfterLayer()).isEqualTo(1);
    assertThat(entry.p95Ms()).isLessThanOrEqualTo(60);
  }

  private static Entry plan(DeploymentInput d) {
    return plan(d, "0.25");
  }

  private static Entry plan(DeploymentInput d, String queueingShare) {
    PlanInputs inputs =
        new PlanInputs(
            List.of(new SiteInput(SITE, "mec", "MEC", 1_000, 5)),
            List.of(new GpuInput(UUID.randomUUID(), UUID.randomUUID(), SITE, T4, 16_384, 65)),
            List.of(d));
    ComputedPlan plan = new PlanComputer(config(queueingShare)).compute(inputs, Map.of());
    return plan.entries().get(0);
  }

  /**
   * The defaults, with a short solver budget, the given queueing share and no edge serving cost
   * (the sums above are the link's and the layers'; EdgeRequestOverheadTest covers that cost).
   */
  static PlanningConfig config(String queueingShare) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(PlanningConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withDefaultValue("edgewise.planning.solver-time-limit", "1s")
            .withDefaultValue("edgewise.planning.queueing-share", queueingShare)
            .withDefaultValue("edgewise.planning.edge-request-overhead-ms", "0")
            .build();
    return config.getConfigMapping(PlanningConfig.class);
  }

  /**
   * A 100 kB input and, in ms on the camera/T4: without exits two layers, 20/1 and 200/10 (2 kB and
   * 1 kB out); with exits three, 20/1, 100/4 and 100/16 (2, 2 and 1 kB out). An exit costs its
   * GFLOP over the T4's 26,000 sustained GFLOPS (65 TFLOPS × 0.4).
   */
  private static ProfileInput model(List<ProfiledExit> exits) {
    List<ProfiledLayer> layers =
        exits.isEmpty()
            ? List.of(
                layer("conv", 20, 1, 2_000, List.of()), layer("head", 200, 10, 1_000, List.of(0)))
            : List.of(
                layer("conv", 20, 1, 2_000, List.of()),
                layer("block", 100, 4, 2_000, List.of(0)),
                layer("head", 100, 16, 1_000, List.of(1)));
    return new ProfileInput("MEASURED", 100_000, 512, 0.9, layers, exits, Map.of());
  }

  private static ProfiledLayer layer(
      String name, double cameraMs, double t4Ms, long outputBytes, List<Integer> inputs) {
    return new ProfiledLayer(name, 1.0, outputBytes, inputs, Map.of(CAMERA, cameraMs, T4, t4Ms));
  }

  private static DeploymentInput deployment(
      String name, String objective, double sloMs, double rps, ProfileInput profile) {
    return new DeploymentInput(
        UUID.randomUUID(),
        name,
        UUID.randomUUID(),
        10_000_000,
        100_000,
        "AUTO",
        objective,
        sloMs,
        null,
        1,
        SITE,
        List.of(),
        CAMERA,
        10,
        10,
        8,
        10,
        rps,
        profile,
        null);
  }
}
