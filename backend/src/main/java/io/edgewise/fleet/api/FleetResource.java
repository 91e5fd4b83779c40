package io.edgewise.fleet.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.api.QueryIds;
import io.edgewise.base.paging.PageResult;
import io.edgewise.fleet.Application;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetService.FleetData;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.fleet.SmartDomain;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;

/** Device fleets: everyone in the tenant reads them, operators change them. */
@Path("/api/v1/fleets")
@RolesAllowed(Role.Names.VIEWER)
public class FleetResource {

  public record FleetRequest(
      @NotBlank @Size(max = Fleet.NAME_MAX) String name,
      @NotNull SmartDomain domain,
      @NotNull Application application,
      @NotBlank @Size(max = Fleet.DEVICE_CLASS_MAX) String deviceClass,
      @NotNull UUID siteId,
      @Size(max = Fleet.DESCRIPTION_MAX) String description) {

    FleetData toData() {
      return new FleetData(name, domain, application, deviceClass, siteId, description);
    }
  }

  public record FleetView(
      UUID id,
      String name,
      SmartDomain domain,
      Application application,
      String deviceClass,
      UUID siteId,
      String description,
      long deviceCount,
      long onlineDevices,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    static FleetView of(FleetSummary s) {
      Fleet f = s.fleet();
      return new FleetView(
          f.id,
          f.name,
          f.domain,
          f.application,
          f.deviceClass,
          f.siteId,
          f.description,
          s.devices().total(),
          s.devices().online(),
          f.createdAt,
          f.updatedAt,
          f.version);
    }
  }

  @Inject FleetService fleets;

  @GET
  public PageResult<FleetView> list(
      @QueryParam("domain") String domain,
      @QueryParam("siteId") String siteId,
      @QueryParam("application") String application,
      @BeanParam PageQuery page) {
    return fleets
        .list(
            QueryEnums.parse(SmartDomain.class, "domain", domain),
            QueryIds.parse("siteId", siteId),
            QueryEnums.parse(Application.class, "application", application),
            page.toRequest())
        .map(FleetView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    return ok(fleets.get(id));
  }

  @POST
  @RolesAllowed(Role.Names.OPERATOR)
  public Response create(@Valid @NotNull FleetRequest body) {
    FleetSummary created = fleets.create(body.toData());
    return EntityResponses.created(
        "/api/v1/fleets/", created.fleet().id, FleetView.of(created), created.fleet().version);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public Response update(@BeanParam EditTarget target, @Valid @NotNull FleetRequest body) {
    return ok(fleets.update(target.id, target.expected(), body.toData()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public void delete(@PathParam("id") UUID id) {
    fleets.delete(id);
  }

  private static Response ok(FleetSummary summary) {
    return EntityResponses.ok(FleetView.of(summary), summary.fleet().version);
  }
}
