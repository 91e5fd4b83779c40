package io.edgewise.planning;

import io.edgewise.planning.ComputedPlan.GpuLoad;
import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.caching.LoadCost;
import io.edgewise.planning.caching.ResidentCandidate;
import io.edgewise.planning.caching.ResidentSetPlanner;
import io.edgewise.planning.placement.PlacementPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each GPU keeps in memory: the model versions of the deployments placed on it, then — in the
 * memory they leave free — warm stand-bys: versions of deployments placed elsewhere that may also
 * run at this GPU's site, chosen by the caching engine for the highest expected saved cold-start
 * time (forecast request rate × load cost) within the free memory. A stand-by turns a fail-over
 * from a cold start into a switch. Forecasts are the deployments' planned request rates until
 * agents report request history.
 */
final class ResidentSets {

  private static final long MIB = 1024L * 1024L;

  private ResidentSets() {}

  static List<GpuLoad> choose(PlanInputs inputs, PlacementPlan placement, PlanningConfig config) {
    Map<UUID, DeploymentInput> byId =
        inputs.deployments().stream()
            .collect(Collectors.toMap(DeploymentInput::id, Function.identity()));
    Map<String, List<UUID>> placedOn = new HashMap<>();
    placement
        .gpusByWorkload()
        .forEach(
            (workload, gpus) ->
                gpus.forEach(
                    g ->
                        placedOn
                            .computeIfAbsent(g, k -> new ArrayList<>())
                            .add(UUID.fromString(workload))));
    LoadCost cost =
        LoadCost.bandwidth(config.modelLoadFixedSeconds(), config.modelLoadBytesPerSecond());
    ResidentSetPlanner planner = new ResidentSetPlanner();
    List<GpuLoad> loads = new ArrayList<>();
    for (GpuInput gpu : inputs.gpus()) {
      List<DeploymentInput> here =
          placedOn.getOrDefault(gpu.id().toString(), List.of()).stream().map(byId::get).toList();
      Set<UUID> resident = new LinkedHashSet<>();
      long planned = 0;
      for (DeploymentInput d : here) {
        planned += PlacementMapping.memoryMib(d);
        resident.add(d.modelVersionId());
      }
      long free = Math.max(0, gpu.memoryMib() - planned);
      List<ResidentCandidate> candidates = standbys(gpu, placement, byId, resident, cost);
      planner.choose(free * MIB, candidates).stream()
          .sorted()
          .map(UUID::fromString)
          .forEach(resident::add);
      loads.add(
          new GpuLoad(
              gpu.id(),
              gpu.nodeId(),
              gpu.siteId(),
              placement.utilizationByGpu().getOrDefault(gpu.id().toString(), 0.0),
              gpu.memoryMib(),
              planned,
              List.copyOf(resident)));
    }
    return loads;
  }

  /**
   * Versions placed elsewhere that may run at this GPU's site, one candidate per version with their
   * summed rate.
   */
  private static List<ResidentCandidate> standbys(
      GpuInput gpu,
      PlacementPlan placement,
      Map<UUID, DeploymentInput> byId,
      Set<UUID> resident,
      LoadCost cost) {
    Map<UUID, Double> rateByVersion = new HashMap<>();
    Map<UUID, Long> memoryByVersion = new HashMap<>();
    for (String workload : placement.gpusByWorkload().keySet()) {
      DeploymentInput d = byId.get(UUID.fromString(workload));
      if (d != null
          && !resident.contains(d.modelVersionId())
          && d.targetSiteIds().contains(gpu.siteId())) {
        rateByVersion.merge(d.modelVersionId(), d.requestsPerSecond(), Double::sum);
        memoryByVersion.merge(d.modelVersionId(), PlacementMapping.memoryMib(d), Math::max);
      }
    }
    return rateByVersion.entrySet().stream()
        .map(
            e -> {
              long bytes = memoryByVersion.get(e.getKey()) * MIB;
              return new ResidentCandidate(
                  e.getKey().toString(),
                  bytes,
                  cost.seconds(e.getKey().toString(), bytes),
                  e.getValue());
            })
        .sorted(Comparator.comparing(ResidentCandidate::item))
        .toList();
  }
}
