package io.edgewise.planning;

import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.UUID;

/**
 * Everything a plan was computed from, read from the registry in one transaction and stored with
 * the plan (its sha256 is the plan's input version), so that a plan can be explained and recomputed
 * later.
 *
 * @param measuredScales per deployment, how far measurements were from earlier predictions (empty
 *     until drift is detected; plans stored before it read as empty)
 */
public record PlanInputs(
    List<SiteInput> sites,
    List<GpuInput> gpus,
    List<DeploymentInput> deployments,
    List<MeasuredScale> measuredScales) {

  public PlanInputs {
    measuredScales = measuredScales == null ? List.of() : List.copyOf(measuredScales);
  }

  /** Inputs with no measured scales. */
  public PlanInputs(List<SiteInput> sites, List<GpuInput> gpus, List<DeploymentInput> deployments) {
    this(sites, gpus, deployments, List.of());
  }

  /** The same inputs with {@code scales} (docs/algorithms.md, "Predicted against measured"). */
  public PlanInputs withMeasuredScales(List<MeasuredScale> scales) {
    return new PlanInputs(sites, gpus, deployments, scales);
  }

  /** The deployment's measured scale; {@link MeasuredScale#NONE} when it has none. */
  public MeasuredScale measuredScale(UUID deploymentId) {
    return measuredScales.stream()
        .filter(s -> s.deploymentId().equals(deploymentId))
        .findFirst()
        .orElse(MeasuredScale.NONE);
  }

  public record SiteInput(UUID id, String name, String paradigm, double uplinkMbps, double rttMs) {
    boolean isCloud() {
      return "CLOUD".equals(paradigm);
    }
  }

  /** A GPU of an ONLINE node; GPUs of other nodes are not planned on. */
  public record GpuInput(
      UUID id, UUID nodeId, UUID siteId, String model, long memoryMib, double peakTflops) {}

  /**
   * An ACTIVE or PENDING deployment with what its fleet's devices look like (means over the devices
   * that are not decommissioned) and its model's profile (null when the version has none).
   */
  public record DeploymentInput(
      UUID id,
      String name,
      UUID modelVersionId,
      long artifactBytes,
      long modelInputBytes,
      String strategy,
      String objective,
      double latencySloMs,
      Double minAccuracy,
      int replicas,
      UUID homeSiteId,
      List<UUID> targetSiteIds,
      String deviceClass,
      int devices,
      double deviceGflops,
      double deviceLinkMbps,
      double deviceLinkRttMs,
      double requestsPerSecond,
      ProfileInput profile) {}

  public record ProfileInput(
      String source,
      long inputBytes,
      long memoryMib,
      Double accuracy,
      List<ProfiledLayer> layers,
      List<ProfiledExit> exits) {}
}
