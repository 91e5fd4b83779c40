package io.edgewise.agentruntime.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agentruntime.AssignmentService;
import io.edgewise.base.access.Role;
import io.edgewise.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What the calling node serves under its tenant's latest plan. Agents poll it every heartbeat, so
 * the answer is tagged with the sha256 of its body and {@code If-None-Match} with that tag answers
 * 304.
 */
@Path("/api/v1/agent/assignments")
@RolesAllowed(Role.Names.AGENT)
public class AgentAssignmentResource {

  @Inject AssignmentService assignments;
  @Inject CurrentCaller caller;
  @Inject ObjectMapper json;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch)
      throws JsonProcessingException {
    UUID nodeId = CallingNode.require(caller, "read assignments");
    byte[] body = json.writeValueAsBytes(assignments.forNode(nodeId));
    EntityTag tag = new EntityTag(sha256(body));
    if (ifNoneMatch != null && ifNoneMatch.contains("\"" + tag.getValue() + "\"")) {
      return Response.notModified(tag).build();
    }
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
