package io.edgewise.registry.profiling.api;

import io.edgewise.base.access.Role;
import io.edgewise.registry.profiling.ProfilingJob;
import io.edgewise.registry.profiling.ProfilingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The profiling job of a model version: uploads queue one, the runner times the model on the
 * control plane's CPU and stores a MEASURED profile; operators queue another run here.
 */
@Path("/api/v1/models/{modelId}/versions/{versionId}/profiling")
@RolesAllowed(Role.Names.VIEWER)
public class ProfilingResource {

  @Inject ProfilingService profiling;

  /** The version's latest job; 404 when it has none. */
  @GET
  public ProfilingJobView latest(
      @PathParam("modelId") UUID modelId, @PathParam("versionId") UUID versionId) {
    return ProfilingJobView.of(profiling.latest(modelId, versionId));
  }

  /**
   * Queues the version for profiling: 202 with the waiting job (the one already waiting, if any);
   * 409 while a job runs.
   */
  @POST
  @RolesAllowed(Role.Names.OPERATOR)
  public Response requeue(
      @PathParam("modelId") UUID modelId, @PathParam("versionId") UUID versionId) {
    ProfilingJob job = profiling.requeue(modelId, versionId);
    return Response.accepted(ProfilingJobView.of(job)).build();
  }
}
