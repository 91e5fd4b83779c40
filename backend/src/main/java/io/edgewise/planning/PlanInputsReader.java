package io.edgewise.planning;

import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.fleet.DeviceService;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.TypicalDevice;
import io.edgewise.node.Gpu;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.calibration.Calibration;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.ServingShapeRules;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService;
import io.edgewise.registry.onnx.InputShapes;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a tenant's planning inputs from the registry, inside the caller's transaction and tenant,
 * with the calibration its measured layers give each hardware key.
 */
@ApplicationScoped
public class PlanInputsReader {

  private static final Set<DeploymentStatus> PLANNED =
      Set.of(DeploymentStatus.ACTIVE, DeploymentStatus.PENDING);

  @Inject SiteService sites;
  @Inject NodeService nodes;
  @Inject FleetService fleets;
  @Inject DeviceService devices;
  @Inject DeploymentService deployments;
  @Inject ModelVersionService versions;
  @Inject VersionProfileService profiles;
  @Inject MeasuredSamplesReader measured;

  public PlanInputs read() {
    List<SiteInput> siteInputs =
        sites.allOwned().stream()
            .map(s -> new SiteInput(s.id, s.name, s.paradigm.name(), s.uplinkMbps, s.rttMs))
            .toList();
    List<GpuInput> gpus =
        nodes.onlineWithGpus().stream().flatMap(PlanInputsReader::gpusOf).toList();
    List<Deployment> planned =
        deployments.allOwned().stream()
            .filter(d -> PLANNED.contains(d.status))
            .sorted(Comparator.comparing((Deployment d) -> d.name))
            .toList();
    Map<UUID, Fleet> fleetById =
        byId(
            fleets.allOwned(planned.stream().map(d -> d.fleetId).collect(Collectors.toSet())),
            f -> f.id);
    Map<UUID, TypicalDevice> typical = devices.typicalDevices(fleetById.keySet());
    Set<UUID> versionIds = planned.stream().map(d -> d.modelVersionId).collect(Collectors.toSet());
    Map<UUID, ModelVersion> versionById = byId(versions.allOwned(versionIds), v -> v.id);
    Map<UUID, VersionProfile> profileByVersion =
        byId(profiles.findByVersions(versionIds), p -> p.modelVersionId);
    List<DeploymentInput> inputs =
        planned.stream()
            .map(
                d ->
                    input(
                        d,
                        fleetById.get(d.fleetId),
                        typical.getOrDefault(d.fleetId, TypicalDevice.NONE),
                        versionById.get(d.modelVersionId),
                        profileByVersion.get(d.modelVersionId)))
            .toList();
    return new PlanInputs(siteInputs, gpus, inputs, Calibration.fit(measured.byHardware()));
  }

  private static Stream<GpuInput> gpusOf(Node node) {
    return node.gpus.stream()
        .map(
            g ->
                new GpuInput(
                    g.id, node.id, node.siteId, hardwareKey(node, g), g.memoryMib, g.peakTflops));
  }

  /**
   * The name measured layer times are keyed by: a GPU's model, or for a CPU accelerator (vendor
   * CPU, what agents register on nodes without a GPU) {@code cpu-<cores>c}, the key those agents
   * measure under.
   */
  static String hardwareKey(Node node, Gpu gpu) {
    return "CPU".equalsIgnoreCase(gpu.vendor) ? "cpu-" + node.cpuCores + "c" : gpu.model;
  }

  private static DeploymentInput input(
      Deployment d,
      Fleet fleet,
      TypicalDevice device,
      ModelVersion version,
      VersionProfile profile) {
    List<UUID> targets = d.targetSites.stream().map(t -> t.siteId).sorted().toList();
    ProfileInput profileInput =
        profile == null
            ? null
            : new ProfileInput(
                profile.source.name(),
                profile.inputBytes,
                profile.memoryMib,
                profile.accuracy,
                profile.layers,
                profile.exits,
                profile.batchCurves);
    return new DeploymentInput(
        d.id,
        d.name,
        d.modelVersionId,
        version.artifactSizeBytes,
        inputBytes(version),
        d.strategy.name(),
        d.objective.name(),
        d.latencySloMs,
        d.minAccuracy,
        d.replicas,
        fleet.siteId,
        targets,
        fleet.deviceClass,
        device.devices(),
        device.gflops(),
        device.linkMbps(),
        device.linkRttMs(),
        device.devices() * d.requestsPerDevicePerS,
        profileInput,
        ServingShapeRules.advice(version).orElse(null));
  }

  /**
   * Bytes of the model's inputs in the shape it is served with (its declared serving shape, else
   * the graph's fixed dimensions with a lone symbolic batch as one sample).
   */
  static long inputBytes(ModelVersion version) {
    return InputShapes.bytes(version.inputs, version.servingShapes);
  }

  private static <K, V> Map<K, V> byId(List<V> rows, Function<V, K> key) {
    return rows.stream().collect(Collectors.toMap(key, Function.identity()));
  }
}
