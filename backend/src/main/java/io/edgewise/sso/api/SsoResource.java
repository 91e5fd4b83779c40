package io.edgewise.sso.api;

import io.edgewise.sso.SsoStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Where the browser lands once the authorization-code flow is complete. The path is protected by an
 * HTTP permission that selects the {@code code} mechanism (application.properties), so an anonymous
 * visit is redirected to the provider first; by the time this runs, the OIDC session cookie is set.
 */
@Path(SsoStatus.LOGIN_PATH)
public class SsoResource {

  @GET
  @PermitAll
  public Response signedIn() {
    return Response.seeOther(URI.create("/")).build();
  }
}
