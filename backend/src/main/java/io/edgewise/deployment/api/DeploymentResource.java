package io.edgewise.deployment.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.api.QueryIds;
import io.edgewise.base.paging.PageResult;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentFilter;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.deployment.DeploymentService.DeploymentData;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.deployment.Objective;
import io.edgewise.deployment.Strategy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Deployments: everyone in the tenant reads them, operators change them. */
@Path("/api/v1/deployments")
@RolesAllowed(Role.Names.VIEWER)
public class DeploymentResource {

  public record DeploymentRequest(
      @NotBlank @Size(max = Deployment.NAME_MAX) String name,
      @NotNull UUID modelVersionId,
      @NotNull UUID fleetId,
      @Size(max = 64) List<UUID> targetSiteIds,
      @NotNull @Positive Double latencySloMs,
      @DecimalMin("0") @DecimalMax("1") Double minAccuracy,
      Strategy strategy,
      @Min(1) @Max(Deployment.MAX_REPLICAS) Integer replicas,
      DeploymentStatus status,
      Objective objective,
      @Positive @DecimalMax("1000") Double requestsPerDevicePerS) {

    DeploymentData toData() {
      return new DeploymentData(
          name,
          modelVersionId,
          fleetId,
          targetSiteIds,
          latencySloMs,
          minAccuracy,
          strategy == null ? Strategy.AUTO : strategy,
          replicas == null ? 1 : replicas,
          status,
          objective == null ? Objective.MIN_LATENCY : objective,
          requestsPerDevicePerS == null ? 1 : requestsPerDevicePerS);
    }
  }

  /**
   * A deployment as the API shows it; its current plan is at {@code /api/v1/deployments/{id}/plan}.
   */
  public record DeploymentView(
      UUID id,
      @JsonUnwrapped DeploymentData deployment,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    static DeploymentView of(Deployment d) {
      List<UUID> sites = d.targetSites.stream().map(t -> t.siteId).sorted().toList();
      DeploymentData data =
          new DeploymentData(
              d.name,
              d.modelVersionId,
              d.fleetId,
              sites,
              d.latencySloMs,
              d.minAccuracy,
              d.strategy,
              d.replicas,
              d.status,
              d.objective,
              d.requestsPerDevicePerS);
      return new DeploymentView(d.id, data, d.createdAt, d.updatedAt, d.version);
    }
  }

  @Inject DeploymentService deployments;

  @GET
  public PageResult<DeploymentView> list(
      @QueryParam("status") String status,
      @QueryParam("strategy") String strategy,
      @QueryParam("fleetId") String fleetId,
      @QueryParam("modelVersionId") String modelVersionId,
      @QueryParam("siteId") String siteId,
      @BeanParam PageQuery page) {
    var filter =
        new DeploymentFilter(
            QueryEnums.parse(DeploymentStatus.class, "status", status),
            QueryEnums.parse(Strategy.class, "strategy", strategy),
            QueryIds.parse("fleetId", fleetId),
            QueryIds.parse("modelVersionId", modelVersionId),
            QueryIds.parse("siteId", siteId));
    return deployments.list(filter, page.toRequest()).map(DeploymentView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    Deployment d = deployments.get(id);
    return EntityResponses.ok(DeploymentView.of(d), d.version);
  }

  @POST
  @RolesAllowed(Role.Names.OPERATOR)
  public Response create(@Valid @NotNull DeploymentRequest body) {
    Deployment d = deployments.create(body.toData());
    return EntityResponses.created("/api/v1/deployments/", d.id, DeploymentView.of(d), d.version);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public Response update(@BeanParam EditTarget target, @Valid @NotNull DeploymentRequest body) {
    Deployment d = deployments.update(target.id, target.expected(), body.toData());
    return EntityResponses.ok(DeploymentView.of(d), d.version);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public void delete(@PathParam("id") UUID id) {
    deployments.delete(id);
  }
}
