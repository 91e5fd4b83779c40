package io.edgewise.planning.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import io.edgewise.planning.PlanTrigger;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.PlanDetail;
import io.edgewise.planning.api.PlanViews.PlanSummaryView;
import io.edgewise.planning.api.PlanViews.PlanView;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * Plans: operators compute one on demand (re-planning also follows node and deployment changes);
 * everyone reads them.
 */
@Path("/api/v1/plans")
@RolesAllowed(Role.Names.VIEWER)
public class PlanResource {

  @Inject PlanningService planning;

  /**
   * Plans the tenant now from its current registry; 201 with the plan. Takes up to the solver's
   * time limit.
   */
  @POST
  @Blocking
  @RolesAllowed(Role.Names.OPERATOR)
  public Response planNow() {
    PlanDetail detail = planning.planNow(PlanTrigger.MANUAL);
    return Response.created(URI.create("/api/v1/plans/" + detail.plan().id))
        .entity(PlanView.of(detail))
        .build();
  }

  @GET
  public PageResult<PlanSummaryView> list(@BeanParam PageQuery page) {
    return planning.list(page.toRequest()).map(PlanSummaryView::of);
  }

  @GET
  @Path("latest")
  public PlanView latest() {
    return PlanView.of(planning.latest());
  }

  @GET
  @Path("{id}")
  public PlanView get(@PathParam("id") UUID id) {
    return PlanView.of(planning.get(id));
  }
}
