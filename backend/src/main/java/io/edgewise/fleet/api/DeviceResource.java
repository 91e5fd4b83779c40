package io.edgewise.fleet.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Devices across the tenant's fleets, and single devices by id. */
@Path("/api/v1/devices")
@RolesAllowed(Role.Names.VIEWER)
public class DeviceResource {

  @Inject DeviceService devices;

  @GET
  public PageResult<DeviceView> list(@BeanParam DeviceQuery query, @BeanParam PageQuery page) {
    return devices.list(query.toFilter(), page.toRequest()).map(DeviceView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    return ok(devices.get(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public Response update(@BeanParam EditTarget target, @Valid @NotNull DeviceRequest body) {
    return ok(devices.update(target.id, target.expected(), body.toData()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public void delete(@PathParam("id") UUID id) {
    devices.delete(id);
  }

  static Response ok(Device device) {
    return EntityResponses.ok(DeviceView.of(device), device.version);
  }
}
