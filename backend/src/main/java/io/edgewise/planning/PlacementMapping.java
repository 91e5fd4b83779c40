package io.edgewise.planning;

import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.placement.GpuSlot;
import io.edgewise.planning.placement.PlacementProblem;
import io.edgewise.planning.placement.SiteLatency;
import io.edgewise.planning.placement.Workload;
import io.edgewise.registry.VersionProfileService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the placement problem from the deployments whose chosen partition runs layers at the edge.
 * A workload's GPU time per request is its edge compute at the reference edge GPU (GPUs scale it by
 * their speed); everything else in the partition (device compute, transfers, cloud) is fixed
 * latency. Requests come from the fleet's home site; between two sites the RTT is the sum of both
 * sites' RTT to the backbone.
 */
final class PlacementMapping {

  private PlacementMapping() {}

  /** One deployment with the edge part of its partition. */
  record EdgeDemand(DeploymentInput deployment, double edgeMs, double fixedMs) {}

  static PlacementProblem problem(
      PlanInputs inputs, List<EdgeDemand> demands, TierHardware hw, PlanningConfig config) {
    List<GpuSlot> gpus =
        inputs.gpus().stream().map(g -> slot(g, hw, config.gpuEfficiency())).toList();
    List<Workload> workloads = demands.stream().map(d -> workload(d, hw.edgeModel())).toList();
    return new PlacementProblem(gpus, workloads, latency(inputs), config.utilizationCap());
  }

  static long memoryMib(DeploymentInput d) {
    if (d.profile() != null) {
      return d.profile().memoryMib();
    }
    return VersionProfileService.estimatedMemoryMib(d.artifactBytes());
  }

  private static GpuSlot slot(GpuInput g, TierHardware hw, double efficiency) {
    return new GpuSlot(
        g.id().toString(),
        g.nodeId().toString(),
        g.siteId().toString(),
        g.memoryMib(),
        hw.speedOf(g, efficiency),
        0,
        0);
  }

  /**
   * The workload of one deployment; its service time per batch size comes from the batch curve
   * agents measured on the reference edge hardware, scaled to the partition's edge time ({@link
   * BatchServiceTimes}), or is batch 1 alone without one.
   */
  static Workload workload(EdgeDemand demand, String edgeHardware) {
    DeploymentInput d = demand.deployment();
    var curve = d.profile() == null ? null : d.profile().batchCurves().get(edgeHardware);
    Set<String> allowed =
        d.targetSiteIds().stream().map(UUID::toString).collect(Collectors.toSet());
    return new Workload(
        d.id().toString(),
        memoryMib(d),
        BatchServiceTimes.of(demand.edgeMs(), curve),
        Map.of(d.homeSiteId().toString(), d.requestsPerSecond()),
        d.latencySloMs(),
        demand.fixedMs(),
        d.replicas(),
        allowed);
  }

  private static SiteLatency latency(PlanInputs inputs) {
    Map<String, Double> rtt =
        inputs.sites().stream().collect(Collectors.toMap(s -> s.id().toString(), SiteInput::rttMs));
    return (from, to) ->
        from.equals(to) ? 0 : rtt.getOrDefault(from, 0.0) + rtt.getOrDefault(to, 0.0);
  }
}
