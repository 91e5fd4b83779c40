package io.edgewise.registry.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.ETags;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.registry.BatchPoint;
import io.edgewise.registry.ProfileSource;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService;
import io.edgewise.registry.VersionProfileService.ProfileData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The layer profile of a model version: per layer its FLOPs, output size, predecessors and measured
 * times. Planners use it to partition and place the model; without one they estimate from the
 * artifact.
 */
@Path("/api/v1/models/{modelId}/versions/{versionId}/profile")
@RolesAllowed(Role.Names.VIEWER)
public class VersionProfileResource {

  public record ProfileRequest(
      ProfileSource source,
      @NotNull @PositiveOrZero Long inputBytes,
      @Positive Long memoryMib,
      @DecimalMin("0") @DecimalMax("1") Double accuracy,
      @NotNull List<ProfiledLayer> layers,
      List<ProfiledExit> exits) {
    ProfileData toData() {
      return new ProfileData(source, inputBytes, memoryMib, accuracy, layers, exits);
    }
  }

  public record ProfileView(
      UUID modelVersionId,
      ProfileSource source,
      long inputBytes,
      long memoryMib,
      Double accuracy,
      Double totalGflops,
      List<String> unknownCosts,
      List<ProfiledLayer> layers,
      List<ProfiledExit> exits,
      Map<String, List<BatchPoint>> batchCurves,
      Instant updatedAt,
      long version) {
    static ProfileView of(VersionProfile p) {
      boolean known = p.layers.stream().allMatch(l -> l.gflops() != null);
      Double total = known ? p.layers.stream().mapToDouble(ProfiledLayer::gflops).sum() : null;
      List<String> unknown =
          p.layers.stream()
              .filter(l -> l.gflops() == null || l.outputBytes() == null)
              .map(ProfiledLayer::name)
              .toList();
      return new ProfileView(
          p.modelVersionId,
          p.source,
          p.inputBytes,
          p.memoryMib,
          p.accuracy,
          total,
          unknown,
          p.layers,
          p.exits,
          new TreeMap<>(p.batchCurves),
          p.updatedAt,
          p.version);
    }
  }

  @Inject VersionProfileService profiles;

  @GET
  public Response get(@PathParam("modelId") UUID modelId, @PathParam("versionId") UUID versionId) {
    VersionProfile p = profiles.get(modelId, versionId);
    return EntityResponses.ok(ProfileView.of(p), p.version);
  }

  /** Creates or replaces the profile; 400 naming each bad layer field, 412 on a stale If-Match. */
  @PUT
  @RolesAllowed(Role.Names.OPERATOR)
  public Response put(
      @PathParam("modelId") UUID modelId,
      @PathParam("versionId") UUID versionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ProfileRequest body) {
    VersionProfile p = profiles.put(modelId, versionId, ETags.expected(ifMatch), body.toData());
    return EntityResponses.ok(ProfileView.of(p), p.version);
  }

  @DELETE
  @RolesAllowed(Role.Names.OPERATOR)
  public void delete(@PathParam("modelId") UUID modelId, @PathParam("versionId") UUID versionId) {
    profiles.delete(modelId, versionId);
  }
}
