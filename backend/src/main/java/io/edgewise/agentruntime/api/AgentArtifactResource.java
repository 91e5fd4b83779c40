package io.edgewise.agentruntime.api;

import io.edgewise.base.access.Role;
import io.edgewise.registry.HeldArtifacts;
import io.edgewise.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whole-model and split artifacts of the calling node's tenant, by sha256; the agent checks the
 * digest after download.
 */
@Path("/api/v1/agent/artifacts")
@RolesAllowed(Role.Names.AGENT)
public class AgentArtifactResource {

  @Inject HeldArtifacts artifacts;
  @Inject CurrentCaller caller;

  @GET
  @Path("{sha256}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public Response download(@PathParam("sha256") String sha256) {
    CallingNode.require(caller, "download artifacts");
    return Response.ok(artifacts.file(sha256).toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .tag(new EntityTag(sha256))
        .build();
  }
}
