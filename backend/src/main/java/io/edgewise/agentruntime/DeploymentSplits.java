package io.edgewise.agentruntime;

import io.edgewise.agentruntime.SplitArtifacts.Built;
import io.edgewise.base.error.NotFound;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.planning.Plan;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanOutcome;
import io.edgewise.planning.PlanningService;
import io.edgewise.registry.ArtifactStore;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.SplitArtifact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The device side of a deployment's split under the latest plan, for devices and their operators.
 */
@ApplicationScoped
public class DeploymentSplits {

  /** A deployment's executable split. */
  public record DeploymentSplit(UUID deploymentId, UUID versionId, SplitArtifact artifact) {}

  @Inject DeploymentService deployments;
  @Inject PlanningService plans;
  @Inject ModelVersionService versions;
  @Inject SplitResolver splits;
  @Inject ArtifactStore store;

  /** 404 naming the reason when the latest plan has no executable split for the deployment. */
  @Transactional
  public DeploymentSplit split(UUID deploymentId) {
    Deployment deployment = deployments.get(deploymentId);
    Plan plan = plans.findLatestPlan().orElseThrow(() -> noSplit("the tenant has no plan yet"));
    PlanEntry entry =
        plans
            .findEntry(plan.id, deploymentId)
            .filter(e -> e.outcome == PlanOutcome.PLACED)
            .orElseThrow(
                () -> noSplit("the latest plan does not place this deployment at the edge"));
    ModelVersion version = versions.get(deployment.modelVersionId);
    Built built = splits.resolve(entry, version);
    if (built.artifact() == null) {
      throw noSplit(
          built.note() == null ? "the latest plan runs the whole model at the edge" : built.note());
    }
    return new DeploymentSplit(deploymentId, version.id, built.artifact());
  }

  private static NotFound noSplit(String why) {
    return new NotFound("no-split", why, List.of());
  }

  /** The head file of the deployment's split. */
  public Path headFile(DeploymentSplit split) {
    return store.locate(
        ArtifactStore.keyOf(split.artifact().tenantId, split.artifact().headSha256));
  }
}
