package io.edgewise.planning;

import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.partitioning.PartitionRequest;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The partitioning request the planner builds ({@link PartitionMapping#request}) for a
 * minimum-latency deployment with strategy AUTO and no SLO, a MEASURED profile, devices whose
 * timings are stored under one hardware key and an edge tier whose timings are stored under
 * another, and no cloud tier. For tests on agents' classpaths, which have no configuration.
 */
public final class ProductPartitionRequest {

  private ProductPartitionRequest() {}

  /**
   * @param deviceKey the hardware key of the device's timings (the fleet's device class)
   * @param edgeKey the hardware key of the edge's timings (the edge GPU model)
   */
  public static PartitionRequest of(
      long inputBytes,
      List<ProfiledLayer> layers,
      String deviceKey,
      String edgeKey,
      double linkMbps,
      double linkRttMs) {
    ProfileInput profile =
        new ProfileInput("MEASURED", inputBytes, 0, null, layers, List.of(), Map.of());
    UUID site = UUID.nameUUIDFromBytes("fidelity-site".getBytes());
    DeploymentInput deployment =
        new DeploymentInput(
            UUID.nameUUIDFromBytes("fidelity".getBytes()),
            "fidelity",
            UUID.nameUUIDFromBytes("fidelity-version".getBytes()),
            0,
            inputBytes,
            "AUTO",
            "MIN_LATENCY",
            Double.POSITIVE_INFINITY,
            null,
            1,
            site,
            List.of(site),
            deviceKey,
            1,
            1.0,
            linkMbps,
            linkRttMs,
            1.0,
            profile,
            null);
    SiteInput home = new SiteInput(site, "edge", "CLOUDLET", 1_000, 10);
    TierHardware hardware = new TierHardware(1_000, edgeKey, null, null, Calibration.NONE);
    return PartitionMapping.request(deployment, home, hardware, PlanningFixtures.config(Map.of()));
  }
}
