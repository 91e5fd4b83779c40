package io.edgewise.agentruntime.api;

import io.edgewise.base.access.Role;
import io.edgewise.node.AgentRegistrationService;
import io.edgewise.node.AgentRegistrationService.Registered;
import io.edgewise.node.AgentRegistrationService.Registration;
import io.edgewise.node.GpuSample;
import io.edgewise.node.HeartbeatOutcome.Recorded;
import io.edgewise.node.HeartbeatService;
import io.edgewise.node.ModelReport;
import io.edgewise.node.Node;
import io.edgewise.node.NodeConfig;
import io.edgewise.node.NodeStatus;
import io.edgewise.node.api.GpuRequest;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The edge agent's protocol: register with a tenant AGENT token to get a node credential, then
 * heartbeat with that credential every {@code heartbeatIntervalSeconds}.
 */
@Path("/api/v1/agent")
@RolesAllowed(Role.Names.AGENT)
public class AgentResource {

  public record RegisterRequest(
      @NotBlank @Size(max = Node.AGENT_ID_MAX) String agentId,
      @NotBlank @Size(max = Site.NAME_MAX) String site,
      @Size(max = Node.HOSTNAME_MAX) String hostname,
      @NotNull @Positive Integer cpuCores,
      @NotNull @Positive Long memoryMib,
      @Size(max = Node.GPUS_MAX) List<@Valid @NotNull GpuRequest> gpus) {}

  public record RegisterResponse(
      UUID nodeId, UUID siteId, String credential, long heartbeatIntervalSeconds) {}

  public record GpuSampleRequest(
      @NotNull @PositiveOrZero Integer index,
      @DecimalMin("0") @DecimalMax("100") Double utilizationPct,
      @PositiveOrZero Long memoryUsedMib,
      @DecimalMin("-100") @DecimalMax("200") Double temperatureC) {}

  /** One model on the node; {@code state} is LOADED, LOADING, FAILED or STORED. */
  public record ModelReportRequest(
      @NotNull UUID versionId,
      @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits")
          String sha256,
      @NotNull ModelReport.ModelState state,
      @PositiveOrZero Double loadMs,
      @Size(max = ModelReport.ERROR_MAX) String error) {

    ModelReport toReport() {
      return new ModelReport(versionId, sha256, state, loadMs, error);
    }
  }

  public record HeartbeatRequest(
      @Size(max = Node.GPUS_MAX) List<@Valid @NotNull GpuSampleRequest> gpus,
      @Size(max = HeartbeatService.MODELS_MAX) List<@Valid @NotNull ModelReportRequest> models) {}

  /**
   * {@code planId}: the tenant's latest plan, null before the first; a change means new
   * assignments.
   */
  public record HeartbeatResponse(NodeStatus status, long heartbeatIntervalSeconds, UUID planId) {}

  @Inject AgentRegistrationService registrations;
  @Inject HeartbeatService heartbeats;
  @Inject CurrentCaller caller;
  @Inject NodeConfig config;

  /**
   * 201 for a new node, 200 when the agent was known; either way a fresh credential replaces the
   * old one.
   */
  @POST
  @Path("register")
  public Response register(@Valid @NotNull RegisterRequest body) {
    Registered registered =
        registrations.register(
            new Registration(
                body.agentId(),
                body.site(),
                body.hostname(),
                body.cpuCores(),
                body.memoryMib(),
                GpuRequest.toSpecs(body.gpus())));
    RegisterResponse response =
        new RegisterResponse(
            registered.node().id,
            registered.node().siteId,
            registered.credential(),
            intervalSeconds());
    return registered.created()
        ? Response.created(URI.create("/api/v1/nodes/" + registered.node().id))
            .entity(response)
            .build()
        : Response.ok(response).build();
  }

  @POST
  @Path("heartbeat")
  public HeartbeatResponse heartbeat(@Valid HeartbeatRequest body) {
    UUID nodeId = CallingNode.require(caller, "heartbeat");
    List<GpuSample> samples =
        body == null || body.gpus() == null
            ? List.of()
            : body.gpus().stream()
                .map(
                    g ->
                        new GpuSample(
                            g.index(), g.utilizationPct(), g.memoryUsedMib(), g.temperatureC()))
                .toList();
    List<ModelReport> models =
        body == null || body.models() == null
            ? null
            : body.models().stream().map(ModelReportRequest::toReport).toList();
    Recorded beat = heartbeats.heartbeat(nodeId, samples, models);
    return new HeartbeatResponse(beat.status(), intervalSeconds(), beat.planId());
  }

  private long intervalSeconds() {
    return Math.max(1, config.heartbeatInterval().toSeconds());
  }
}
