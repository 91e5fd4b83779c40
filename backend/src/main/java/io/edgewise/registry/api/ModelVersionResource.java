package io.edgewise.registry.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.ETags;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.ModelVersionService.Artifact;
import io.edgewise.registry.ServingShapeService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Versions of a model and their artifacts. Uploads take the raw ONNX file as the request body,
 * which is streamed to storage rather than buffered; agents download artifacts with their node
 * credential.
 */
@Path("/api/v1/models/{modelId}/versions")
@RolesAllowed(Role.Names.VIEWER)
public class ModelVersionResource {

  /** The media type ONNX files are registered under; accepted for uploads next to octet-stream. */
  public static final String ONNX = "application/onnx";

  @Inject ModelVersionService versions;
  @Inject ServingShapeService shapes;

  @GET
  public PageResult<ModelVersionView> list(
      @PathParam("modelId") UUID modelId, @BeanParam PageQuery page) {
    return versions.list(modelId, page.toRequest()).map(ModelVersionView::of);
  }

  @GET
  @Path("{versionId}")
  public ModelVersionView get(
      @PathParam("modelId") UUID modelId, @PathParam("versionId") UUID versionId) {
    return ModelVersionView.of(versions.get(modelId, versionId));
  }

  /**
   * Uploads an ONNX artifact as version {@code label}: 201, 413 past the size limit, 422 when not
   * ONNX.
   */
  @POST
  @Blocking
  @RolesAllowed(Role.Names.OPERATOR)
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, ONNX})
  public Response upload(
      @PathParam("modelId") UUID modelId,
      @QueryParam("label") String label,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      @QueryParam("servingShape") String servingShape,
      InputStream body) {
    ModelVersion version =
        versions.upload(modelId, label, contentLength, body, ServingShapeParam.parse(servingShape));
    return Response.created(URI.create("/api/v1/models/" + modelId + "/versions/" + version.id))
        .entity(ModelVersionView.of(version))
        .build();
  }

  /**
   * Declares the shape the version is served with, by input name ({@code {"x": [1, 3, 640, 640]}});
   * an empty object withdraws it. 400 with a field error per misfit, 412 on a stale If-Match;
   * queues a new profile.
   */
  @PUT
  @Path("{versionId}/serving-shape")
  @RolesAllowed(Role.Names.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response declareServingShape(
      @PathParam("modelId") UUID modelId,
      @PathParam("versionId") UUID versionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Map<String, List<Long>> body) {
    ModelVersion version =
        shapes.declare(modelId, versionId, ETags.expected(ifMatch), body == null ? Map.of() : body);
    return EntityResponses.ok(ModelVersionView.of(version), version.version);
  }

  /** Deletes a version; 409 while a deployment uses it. */
  @DELETE
  @Path("{versionId}")
  @RolesAllowed(Role.Names.OPERATOR)
  public void delete(@PathParam("modelId") UUID modelId, @PathParam("versionId") UUID versionId) {
    versions.delete(modelId, versionId);
  }

  /** The artifact's bytes, tagged with their sha256; 304 when {@code If-None-Match} names it. */
  @GET
  @Path("{versionId}/artifact")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @RolesAllowed({Role.Names.VIEWER, Role.Names.AGENT})
  public Response download(
      @PathParam("modelId") UUID modelId,
      @PathParam("versionId") UUID versionId,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    Artifact artifact = versions.artifact(modelId, versionId);
    EntityTag tag = new EntityTag(artifact.version().artifactSha256);
    if (ifNoneMatch != null && ifNoneMatch.contains("\"" + tag.getValue() + "\"")) {
      return Response.notModified(tag).build();
    }
    if (!Files.isRegularFile(artifact.file())) {
      throw new IllegalStateException(
          "the artifact file of version "
              + versionId
              + " is missing from the store: "
              + artifact.file());
    }
    return Response.ok(artifact.file().toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .tag(tag)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(artifact) + "\"")
        .build();
  }

  private static String fileName(Artifact artifact) {
    return (artifact.modelName() + "-" + artifact.version().label)
            .replaceAll("[^A-Za-z0-9._+-]", "_")
        + ".onnx";
  }
}
