package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.partitioning.PartitionRequest;
import io.edgewise.planning.partitioning.PartitionResult;
import io.edgewise.planning.partitioning.Partitioner;
import io.edgewise.planning.partitioning.Tier;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every plan that reaches the edge pays the edge's per-request serving cost (HTTP receive and
 * decode, the framework call, encoding the answer) once; a plan that stays on the device does not.
 * Two measured layers, 10/1 and 30/2 ms on the camera/edge, over a 10 ms, 8 Mbit/s link.
 */
class EdgeRequestOverheadTest {

  private static final String CAMERA = "camera";
  private static final String EDGE = "edge-cpu";

  @Test
  void theDefaultChargesTwoMillisecondsToAPlanThatUsesTheEdgeAndNoneToTheDevice() {
    PartitionResult without = plan(Map.of("edgeRequestOverheadMs", 0.0));
    PartitionResult withDefault = plan(Map.of());

    assertThat(withDefault.edgeOnly().latency().totalMs() - without.edgeOnly().latency().totalMs())
        .isCloseTo(2.0, within(1e-9));
    assertThat(withDefault.deviceOnly().latency().totalMs())
        .isEqualTo(without.deviceOnly().latency().totalMs());
  }

  @Test
  void theOverheadIsChargedOnceForASplitAndForEdgeOnly() {
    PartitionResult without = plan(Map.of("edgeRequestOverheadMs", 0.0));
    PartitionResult with = plan(Map.of("edgeRequestOverheadMs", 7.0));

    assertThat(with.edgeOnly().latency().totalMs())
        .isCloseTo(without.edgeOnly().latency().totalMs() + 7, within(1e-9));
    assertThat(with.best().latency().totalMs())
        .isCloseTo(without.best().latency().totalMs() + 7, within(1e-9));
    assertThat(with.best().tiers()).isEqualTo(without.best().tiers());
  }

  @Test
  void aLargeOverheadMakesTheDeviceWinWhereTheEdgeWonBefore() {
    // split after a: 10 + 10 RTT + 2 up + 2 + 1 down = 25 ms; device only 40 ms; edge only 44 ms.
    // A 20 ms serving cost makes the split 45 ms: the device alone is faster.
    assertThat(plan(Map.of("edgeRequestOverheadMs", 0.0)).best().tiers())
        .containsExactly(Tier.DEVICE, Tier.EDGE);
    assertThat(plan(Map.of("edgeRequestOverheadMs", 20.0)).best().tiers())
        .containsExactly(Tier.DEVICE, Tier.DEVICE);
  }

  @Test
  void aNegativeOverheadIsRefused() {
    assertThatThrownBy(() -> request(Map.of("edgeRequestOverheadMs", -1.0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("edgewise.planning.edge-request-overhead-ms");
  }

  private static PartitionResult plan(Map<String, Object> overrides) {
    return new Partitioner().plan(request(overrides));
  }

  private static PartitionRequest request(Map<String, Object> overrides) {
    List<ProfiledLayer> layers =
        List.of(
            new ProfiledLayer("a", 0.1, 2_000L, List.of(), Map.of(CAMERA, 10.0, EDGE, 1.0), null),
            new ProfiledLayer("b", 0.1, 1_000L, List.of(0), Map.of(CAMERA, 30.0, EDGE, 2.0), null));
    ProfileInput profile =
        new ProfileInput("MEASURED", 30_000, 0, null, layers, List.of(), Map.of());
    UUID site = UUID.randomUUID();
    DeploymentInput d =
        new DeploymentInput(
            UUID.randomUUID(),
            "d",
            UUID.randomUUID(),
            0,
            30_000,
            "AUTO",
            "MIN_LATENCY",
            Double.POSITIVE_INFINITY,
            null,
            1,
            site,
            List.of(site),
            CAMERA,
            1,
            1.0,
            8.0,
            10.0,
            1.0,
            profile,
            null);
    SiteInput home = new SiteInput(site, "edge", "CLOUDLET", 1_000, 10);
    TierHardware hw = new TierHardware(1_000, EDGE, null, null, Calibration.NONE);
    return PartitionMapping.request(d, home, hw, PlanningFixtures.config(overrides));
  }
}
