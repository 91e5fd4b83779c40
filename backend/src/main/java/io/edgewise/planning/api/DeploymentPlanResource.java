package io.edgewise.planning.api;

import io.edgewise.base.access.Role;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.DeploymentPlan;
import io.edgewise.planning.api.PlanViews.DeploymentPlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/**
 * A deployment's part of the latest plan: GPUs, split, exit and the predicted latency breakdown.
 */
@Path("/api/v1/deployments/{id}/plan")
@RolesAllowed(Role.Names.VIEWER)
public class DeploymentPlanResource {

  @Inject PlanningService planning;

  @GET
  public DeploymentPlanView get(@PathParam("id") UUID id) {
    DeploymentPlan p = planning.forDeployment(id);
    boolean meets = p.entry().outcome.meets(p.entry().p95Ms, p.latencySloMs());
    return new DeploymentPlanView(
        p.plan().id, p.plan().createdAt, p.latencySloMs(), meets, PlanViews.entry(p.entry()));
  }
}
