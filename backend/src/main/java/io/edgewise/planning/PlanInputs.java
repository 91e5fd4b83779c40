package io.edgewise.planning;

import io.edgewise.registry.BatchPoint;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /**
   * @param batchCurves latency against batch size of the whole model by hardware key, as agents
   *     measured it (empty when none did)
   */
  public record ProfileInput(
      String source,
      long inputBytes,
      long memoryMib,
      Double accuracy,
      List<ProfiledLayer> layers,
      List<ProfiledExit> exits,
      Map<String, List<BatchPoint>> batchCurves) {

    public ProfileInput {
      // sorted: the inputs' JSON, and so the plan's input version, must not depend on map order
      batchCurves =
          Collections.unmodifiableMap(new TreeMap<>(batchCurves == null ? Map.of() : batchCurves));
    }
  }
}
