package io.edgewise.planning;

import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.UUID;

/**
 * Everything a plan was computed from, read from the registry in one transaction and stored with
 * the plan (its sha256 is the plan's input version), so that a plan can be explained and recomputed
 * later.
 */
public record PlanInputs(
    List<SiteInput> sites, List<GpuInput> gpus, List<DeploymentInput> deployments) {

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
   *
   * @param undeclaredShape what the operator must declare before the model's costs can be known
   *     (its inputs have symbolic dimensions and no serving shape); null when nothing
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
      ProfileInput profile,
      String undeclaredShape) {}

  public record ProfileInput(
      String source,
      long inputBytes,
      long memoryMib,
      Double accuracy,
      List<ProfiledLayer> layers,
      List<ProfiledExit> exits) {}
}
