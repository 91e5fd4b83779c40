package io.edgewise.agentruntime;

import io.edgewise.agentruntime.Assignments.Assignment;
import io.edgewise.agentruntime.Assignments.FileRef;
import io.edgewise.agentruntime.Assignments.Resident;
import io.edgewise.agentruntime.Assignments.Split;
import io.edgewise.agentruntime.SplitArtifacts.Built;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.planning.Plan;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanGpu;
import io.edgewise.planning.PlanOutcome;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.PlanDetail;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads what a node serves from its tenant's latest plan, building split artifacts on first need.
 */
@ApplicationScoped
public class AssignmentService {

  @Inject PlanningService plans;
  @Inject NodeService nodes;
  @Inject DeploymentService deployments;
  @Inject ModelVersionService versions;
  @Inject SplitResolver splits;

  /** The node's assignments; 404 when the node is not the caller's tenant's. */
  @Transactional
  public Assignments forNode(UUID nodeId) {
    Node node = nodes.getWithGpus(nodeId);
    PlanDetail latest = plans.findLatest().orElse(null);
    if (latest == null) {
      return Assignments.none();
    }
    Map<UUID, Integer> indexByGpu =
        node.gpus.stream().collect(Collectors.toMap(g -> g.id, g -> g.deviceIndex));
    List<Assignment> assigned = new ArrayList<>();
    Plan plan = latest.plan();
    for (PlanEntry entry : latest.entries()) {
      List<Integer> here =
          entry.gpuIds.stream().filter(indexByGpu::containsKey).map(indexByGpu::get).toList();
      if (entry.outcome != PlanOutcome.PLACED || here.isEmpty()) {
        continue;
      }
      Deployment deployment = deployments.findOwned(entry.deploymentId).orElse(null);
      ModelVersion version =
          deployment == null ? null : versions.findOwned(deployment.modelVersionId).orElse(null);
      if (version == null) {
        continue; // deleted since the plan, which asked for a new plan
      }
      Built built = splits.resolve(entry, version);
      Split split =
          built.artifact() == null
              ? null
              : new Split(
                  built.artifact().cut,
                  built.artifact().deviceLayers,
                  built.artifact().tailInputs,
                  FileRef.agentArtifact(
                      built.artifact().tailSha256, built.artifact().tailSizeBytes));
      for (int gpuIndex : here) {
        assigned.add(
            new Assignment(
                deployment.id,
                deployment.name,
                version.modelId,
                version.id,
                gpuIndex,
                entry.batchSize,
                deployment.latencySloMs,
                FileRef.agentArtifact(version.artifactSha256, version.artifactSizeBytes),
                split,
                built.note()));
      }
    }
    assigned.sort(
        Comparator.comparing(Assignment::deploymentName)
            .thenComparing(a -> a.deploymentId().toString())
            .thenComparingInt(Assignment::gpuIndex));
    return new Assignments(
        plan.id, plan.createdAt, assigned, resident(latest.gpus(), nodeId, indexByGpu, assigned));
  }

  private List<Resident> resident(
      List<PlanGpu> planGpus,
      UUID nodeId,
      Map<UUID, Integer> indexByGpu,
      List<Assignment> assigned) {
    Set<String> servedOn = new HashSet<>();
    assigned.forEach(a -> servedOn.add(a.gpuIndex() + "/" + a.versionId()));
    List<Resident> resident = new ArrayList<>();
    for (PlanGpu gpu : planGpus) {
      Integer index = indexByGpu.get(gpu.gpuId);
      if (!nodeId.equals(gpu.nodeId) || index == null) {
        continue;
      }
      for (UUID versionId : gpu.residentVersions) {
        if (servedOn.contains(index + "/" + versionId)) {
          continue;
        }
        versions
            .findOwned(versionId)
            .ifPresent(
                v ->
                    resident.add(
                        new Resident(
                            v.id,
                            index,
                            v.artifactSha256,
                            v.artifactSizeBytes,
                            FileRef.agentArtifact(v.artifactSha256, v.artifactSizeBytes).url())));
      }
    }
    resident.sort(
        Comparator.comparingInt(Resident::gpuIndex).thenComparing(r -> r.versionId().toString()));
    return resident;
  }
}
