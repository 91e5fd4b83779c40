package io.edgewise.node.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.api.QueryIds;
import io.edgewise.base.paging.PageResult;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.node.NodeService.NodeData;
import io.edgewise.node.NodeStatus;
import io.edgewise.node.NodeStatusTransition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Edge nodes: everyone in the tenant reads them, administrators change them. */
@Path("/api/v1/nodes")
@RolesAllowed(Role.Names.VIEWER)
public class NodeResource {

  public record NodeRequest(
      @NotBlank @Size(max = Node.NAME_MAX) String name,
      @NotNull UUID siteId,
      @Size(max = Node.HOSTNAME_MAX) String hostname,
      @NotNull @Positive Integer cpuCores,
      @NotNull @Positive Long memoryMib,
      NodeStatus status,
      @Size(max = Node.GPUS_MAX) List<@Valid @NotNull GpuRequest> gpus) {

    NodeData toData() {
      return new NodeData(
          name, siteId, hostname, cpuCores, memoryMib, status, GpuRequest.toSpecs(gpus));
    }
  }

  public record TransitionView(NodeStatus from, NodeStatus to, String reason, Instant at) {
    static TransitionView of(NodeStatusTransition t) {
      return new TransitionView(t.fromStatus, t.toStatus, t.reason, t.at);
    }
  }

  @Inject NodeService nodes;

  @GET
  public PageResult<NodeView> list(
      @QueryParam("siteId") String siteId,
      @QueryParam("status") String status,
      @BeanParam PageQuery page) {
    return nodes
        .list(
            QueryIds.parse("siteId", siteId),
            QueryEnums.parse(NodeStatus.class, "status", status),
            page.toRequest())
        .map(NodeView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    Node node = nodes.get(id);
    return EntityResponses.ok(NodeView.of(node), node.version);
  }

  @GET
  @Path("{id}/transitions")
  public PageResult<TransitionView> transitions(
      @PathParam("id") UUID id, @BeanParam PageQuery page) {
    return nodes.transitions(id, page.toRequest()).map(TransitionView::of);
  }

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(@Valid @NotNull NodeRequest body) {
    Node node = nodes.create(body.toData());
    return EntityResponses.created("/api/v1/nodes/", node.id, NodeView.of(node), node.version);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public Response update(@BeanParam EditTarget target, @Valid @NotNull NodeRequest body) {
    Node node = nodes.update(target.id, target.expected(), body.toData());
    return EntityResponses.ok(NodeView.of(node), node.version);
  }

  /** Deletes the node with its GPUs and history; its agent's credential stops working. */
  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public void delete(@PathParam("id") UUID id) {
    nodes.delete(id);
  }
}
