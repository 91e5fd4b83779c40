package io.edgewise.planning.api;

import io.edgewise.base.access.Role;
import io.edgewise.planning.DriftConfig;
import io.edgewise.planning.PlanningService.DeploymentPlan;
import io.edgewise.planning.PredictionComparisons;
import io.edgewise.planning.PredictionComparisons.Compared;
import io.edgewise.planning.api.PlanViews.DeploymentPlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/**
 * A deployment's part of the latest plan: GPUs, split, exit and the predicted latency breakdown,
 * beside what was measured since the plan within {@code window} (default 15 minutes).
 */
@Path("/api/v1/deployments/{id}/plan")
@RolesAllowed(Role.Names.VIEWER)
public class DeploymentPlanResource {

  @Inject PredictionComparisons comparisons;
  @Inject DriftConfig drift;

  @GET
  public DeploymentPlanView get(@PathParam("id") UUID id, @QueryParam("window") String window) {
    Compared compared = comparisons.compare(id, ComparisonWindow.parse(window, drift.window()));
    DeploymentPlan p = compared.plan();
    boolean meets = p.entry().outcome.meets(p.entry().p95Ms, p.latencySloMs());
    return new DeploymentPlanView(
        p.plan().id,
        p.plan().createdAt,
        p.latencySloMs(),
        meets,
        PlanViews.entry(p.entry()),
        compared.comparison());
  }
}
