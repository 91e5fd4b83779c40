package io.edgewise.agentruntime.api;

import io.edgewise.agentruntime.DeploymentSplits;
import io.edgewise.agentruntime.DeploymentSplits.DeploymentSplit;
import io.edgewise.base.access.Role;
import io.edgewise.registry.SplitTensor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * The device side of a deployment's split under the latest plan: what the device runs and sends.
 */
@Path("/api/v1/deployments/{id}/split")
@RolesAllowed(Role.Names.VIEWER)
public class DeploymentSplitResource {

  /** The head file. */
  public record HeadRef(String sha256, long sizeBytes, String url) {}

  /**
   * {@code outputs}: what the head computes and the device sends, in the order the edge agent's
   * tail reads them.
   */
  public record SplitView(
      UUID deploymentId,
      UUID versionId,
      String cut,
      int deviceLayers,
      List<SplitTensor> outputs,
      HeadRef head) {}

  @Inject DeploymentSplits splits;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public SplitView get(@PathParam("id") UUID id) {
    DeploymentSplit s = splits.split(id);
    var a = s.artifact();
    return new SplitView(
        id,
        s.versionId(),
        a.cut,
        a.deviceLayers,
        a.tailInputs,
        new HeadRef(a.headSha256, a.headSizeBytes, "/api/v1/deployments/" + id + "/split/head"));
  }

  @GET
  @Path("head")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public Response head(@PathParam("id") UUID id) {
    DeploymentSplit s = splits.split(id);
    return Response.ok(splits.headFile(s).toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .tag(new EntityTag(s.artifact().headSha256))
        .header(
            "Content-Disposition", "attachment; filename=\"" + s.artifact().cut + "-head.onnx\"")
        .build();
  }
}
