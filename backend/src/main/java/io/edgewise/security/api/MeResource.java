package io.edgewise.security.api;

import io.edgewise.base.access.Role;
import io.edgewise.security.Caller;
import io.edgewise.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.UUID;

/** Who the presented credentials stand for: handy for integrations checking their set-up. */
@Path("/api/v1/me")
@Authenticated
public class MeResource {

  public record MeView(String name, UUID tenantId, Set<Role> roles) {}

  @Inject CurrentCaller caller;

  @GET
  public MeView me() {
    Caller c = caller.get();
    return new MeView(c.name(), c.tenantId().orElse(null), c.roles());
  }
}
