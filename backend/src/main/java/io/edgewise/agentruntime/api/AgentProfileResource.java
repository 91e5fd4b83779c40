package io.edgewise.agentruntime.api;

import io.edgewise.base.access.Role;
import io.edgewise.registry.BatchCurves;
import io.edgewise.registry.BatchPoint;
import io.edgewise.registry.MeasuredProfileService;
import io.edgewise.registry.MeasuredProfileService.LayerTime;
import io.edgewise.registry.ProfileSource;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfile;
import io.edgewise.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Per-layer times and batch curves an agent measured on its accelerator, merged into the version's
 * profile under the accelerator's hardware key.
 */
@Path("/api/v1/agent/profiles")
@RolesAllowed(Role.Names.AGENT)
public class AgentProfileResource {

  static final int HARDWARE_MAX = 100;

  public record LayerTimeRequest(
      @NotBlank @Size(max = 200) String name, @NotNull @PositiveOrZero Double ms) {}

  /** {@code hardware}: {@code cpu-<cores>c} for a CPU accelerator, the GPU model name for a GPU. */
  public record AgentProfileRequest(
      @NotBlank @Size(max = HARDWARE_MAX) String hardware,
      @NotNull @Size(min = 1, max = VersionProfile.MAX_LAYERS)
          List<@Valid @NotNull LayerTimeRequest> layers) {}

  /**
   * The stored profile in brief: its layer count, how many carry a time for {@code hardware}, and
   * every hardware key it holds.
   */
  public record AgentProfileView(
      UUID versionId,
      ProfileSource source,
      String hardware,
      int layers,
      int measuredLayers,
      List<String> hardwareKeys,
      Instant updatedAt,
      long version) {

    static AgentProfileView of(VersionProfile p, String hardware) {
      TreeSet<String> keys = new TreeSet<>();
      p.layers.forEach(l -> keys.addAll(l.measuredMs().keySet()));
      int measured =
          (int)
              p.layers.stream()
                  .map(ProfiledLayer::measuredMs)
                  .filter(m -> m.containsKey(hardware))
                  .count();
      return new AgentProfileView(
          p.modelVersionId,
          p.source,
          hardware,
          p.layers.size(),
          measured,
          List.copyOf(keys),
          p.updatedAt,
          p.version);
    }
  }

  /** One measured point: a run of {@code batch} inputs took {@code ms}. */
  public record BatchPointRequest(@NotNull Integer batch, @NotNull Double ms) {}

  /** Latency against batch size on {@code hardware}, batch 1 first (docs/agent.md). */
  public record BatchCurveRequest(
      @NotBlank @Size(max = HARDWARE_MAX) String hardware,
      @NotNull @Size(min = 1, max = BatchCurves.MAX_POINTS)
          List<@Valid @NotNull BatchPointRequest> points) {}

  /** The stored curve for {@code hardware} and every hardware key the profile has a curve for. */
  public record AgentBatchCurveView(
      UUID versionId,
      String hardware,
      List<BatchPoint> points,
      List<String> curveKeys,
      Instant updatedAt,
      long version) {

    static AgentBatchCurveView of(VersionProfile p, String hardware) {
      return new AgentBatchCurveView(
          p.modelVersionId,
          hardware,
          p.batchCurves.get(hardware),
          List.copyOf(new TreeSet<>(p.batchCurves.keySet())),
          p.updatedAt,
          p.version);
    }
  }

  @Inject MeasuredProfileService profiles;
  @Inject CurrentCaller caller;

  @PUT
  @Path("{versionId}")
  public AgentProfileView put(
      @PathParam("versionId") UUID versionId, @Valid @NotNull AgentProfileRequest body) {
    CallingNode.require(caller, "report measured profiles");
    String hardware = body.hardware().trim();
    VersionProfile stored =
        profiles.merge(
            versionId,
            hardware,
            body.layers().stream().map(l -> new LayerTime(l.name(), l.ms())).toList());
    return AgentProfileView.of(stored, hardware);
  }

  /** Stores a batch curve; 400 naming {@code points[i].batch} or {@code .ms} when it is not one. */
  @PUT
  @Path("{versionId}/batch-curve")
  public AgentBatchCurveView putBatchCurve(
      @PathParam("versionId") UUID versionId, @Valid @NotNull BatchCurveRequest body) {
    CallingNode.require(caller, "report measured batch curves");
    String hardware = body.hardware().trim();
    VersionProfile stored =
        profiles.mergeBatchCurve(
            versionId,
            hardware,
            body.points().stream().map(p -> new BatchPoint(p.batch(), p.ms())).toList());
    return AgentBatchCurveView.of(stored, hardware);
  }
}
