package io.edgewise.fleet.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.ETags;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import io.edgewise.fleet.Device;
import io.edgewise.fleet.DeviceRequest;
import io.edgewise.fleet.DeviceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** The devices of one fleet: list them, add one. */
@Path("/api/v1/fleets/{fleetId}/devices")
@RolesAllowed(Role.Names.VIEWER)
public class FleetDeviceResource {

  @Inject DeviceService devices;

  @GET
  public PageResult<DeviceView> list(
      @PathParam("fleetId") UUID fleetId, @BeanParam DeviceQuery query, @BeanParam PageQuery page) {
    return devices.listInFleet(fleetId, query.toFilter(), page.toRequest()).map(DeviceView::of);
  }

  @POST
  @RolesAllowed(Role.Names.OPERATOR)
  public Response create(@PathParam("fleetId") UUID fleetId, @Valid @NotNull DeviceRequest body) {
    Device device = devices.create(fleetId, body.toData());
    return Response.created(URI.create("/api/v1/devices/" + device.id))
        .entity(DeviceView.of(device))
        .tag(ETags.of(device.version))
        .build();
  }
}
