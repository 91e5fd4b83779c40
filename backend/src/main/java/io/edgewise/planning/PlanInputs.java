package io.edgewise.planning;

import io.edgewise.planning.calibration.Calibration;
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
 *
 * @param calibration what the tenant's measured profiles teach about each hardware key (none in
 *     plans stored before calibration existed)
 * @param measuredScales per deployment, how far measurements were from earlier predictions (empty
 *     until drift is detected; plans stored before it read as empty)
 */
public record PlanInputs(
    List<SiteInput> sites,
    List<GpuInput> gpus,
    List<DeploymentInput> deployments,
    Calibration calibration,
    List<MeasuredScale> measuredScales) {

  public PlanInputs {
    calibration = calibration == null ? Calibration.NONE : calibration;
    measuredScales = measuredScales == null ? List.of() : List.copyOf(measuredScales);
  }

  /** Inputs without calibration or measured scales: layer times from measurements and peaks. */
  public PlanInputs(List<SiteInput> sites, List<GpuInput> gpus, List<DeploymentInput> deployments) {
    this(sites, gpus, deployments, Calibration.NONE, List.of());
  }

  /** Inputs with a calibration and no measured scales. */
  public PlanInputs(
      List<SiteInput> sites,
      List<GpuInput> gpus,
      List<DeploymentInput> deployments,
      Calibration calibration) {
    this(sites, gpus, deployments, calibration, List.of());
  }

  /** The same inputs with {@code scales} (docs/algorithms.md, "Predicted against measured"). */
  public PlanInputs withMeasuredScales(List<MeasuredScale> scales) {
    return new PlanInputs(sites, gpus, deployments, calibration, scales);
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
