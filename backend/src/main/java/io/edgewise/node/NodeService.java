package io.edgewise.node;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.Unprocessable;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.security.ApiTokenService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases on edge nodes as administrators see them. */
@ApplicationScoped
public class NodeService {

  /**
   * The editable fields of a node; {@code status} may be null (unchanged, or PENDING when created).
   */
  public record NodeData(
      String name,
      UUID siteId,
      String hostname,
      int cpuCores,
      long memoryMib,
      NodeStatus status,
      List<GpuSpec> gpus) {}

  @Inject NodeRepository nodes;
  @Inject SiteService sites;
  @Inject NodeStatusTransitionRepository transitions;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject ApiTokenService credentials;

  @Transactional
  public PageResult<Node> list(UUID siteId, NodeStatus status, PageRequest page) {
    return nodes.page(siteId, status, page);
  }

  /**
   * Node and GPU counts for each of these sites (the caller's tenant's only); sites without nodes
   * are absent.
   */
  @Transactional
  public Map<UUID, SiteNodeCounts> countsBySite(Collection<UUID> siteIds) {
    return nodes.countsBySite(siteIds);
  }

  @Transactional
  public Node get(UUID id) {
    return nodes.requireOwnedWithGpus(id);
  }

  @Transactional
  public Node create(NodeData data) {
    nodes.requireNameFree(data.name().trim(), null);
    requireSite(data.siteId());
    GpuSpec.requireDistinctIndexes(data.gpus().stream().map(GpuSpec::index).toList());
    Node node = new Node();
    node.id = UUID.randomUUID();
    node.status =
        switch (data.status() == null ? NodeStatus.PENDING : data.status()) {
          case PENDING -> NodeStatus.PENDING;
          case MAINTENANCE -> NodeStatus.MAINTENANCE;
          default -> throw statusNotSettable();
        };
    apply(node, data);
    nodes.create(node);
    node.replaceGpus(data.gpus());
    nodes.flush();
    audit.record("create", "node", node.id, node.name + " (" + node.gpus.size() + " GPUs)");
    return node;
  }

  @Transactional
  public Node update(UUID id, ExpectedVersion expected, NodeData data) {
    Node node = nodes.requireOwned(id);
    expected.check(node.version);
    nodes.requireNameFree(data.name().trim(), id);
    requireSite(data.siteId());
    GpuSpec.requireDistinctIndexes(data.gpus().stream().map(GpuSpec::index).toList());
    NodeStatus previous = node.status;
    node.status = nextStatus(previous, data.status());
    apply(node, data);
    node.replaceGpus(data.gpus());
    if (node.status != previous) {
      transitions.record(node, previous, "set by " + caller.name());
    }
    nodes.flush();
    audit.record("update", "node", node.id, node.name + " " + node.status);
    return node;
  }

  /** Deletes a node; its GPUs, status history and credentials go with it (foreign keys cascade). */
  @Transactional
  public void delete(UUID id) {
    Node node = nodes.requireOwned(id);
    credentials.revokeNodeCredentials(id);
    nodes.delete(node);
    nodes.flush();
    audit.record("delete", "node", id, node.name);
  }

  @Transactional
  public PageResult<NodeStatusTransition> transitions(UUID id, PageRequest page) {
    nodes.requireOwned(id);
    return transitions.page(id, page);
  }

  /**
   * Administrators may enter MAINTENANCE, and leave it by asking for PENDING (the next heartbeat
   * makes the node ONLINE). ONLINE and OFFLINE follow heartbeats; asking for the current status is
   * a no-op.
   */
  private static NodeStatus nextStatus(NodeStatus current, NodeStatus requested) {
    if (requested == null || requested == current) {
      return current;
    }
    if (requested == NodeStatus.MAINTENANCE) {
      return NodeStatus.MAINTENANCE;
    }
    if (requested == NodeStatus.PENDING && current == NodeStatus.MAINTENANCE) {
      return NodeStatus.PENDING;
    }
    throw statusNotSettable();
  }

  private static InvalidInput statusNotSettable() {
    return new InvalidInput(
        "ONLINE and OFFLINE follow the agent's heartbeats",
        List.of(
            new FieldError(
                "status", "may be set to MAINTENANCE, or to PENDING to leave maintenance")));
  }

  private void requireSite(UUID siteId) {
    if (sites.findOwned(siteId).isEmpty()) {
      throw Unprocessable.unknownReference("siteId", "site " + siteId);
    }
  }

  private static void apply(Node node, NodeData data) {
    node.name = data.name().trim();
    node.siteId = data.siteId();
    node.hostname = data.hostname();
    node.cpuCores = data.cpuCores();
    node.memoryMib = data.memoryMib();
  }

  /** The node with its GPUs loaded; 404 for another tenant's node. */
  @Transactional
  public Node getWithGpus(UUID id) {
    return nodes.requireOwnedWithGpus(id);
  }

  /** The caller's tenant's ONLINE nodes with their GPUs, for the planner. */
  @Transactional
  public List<Node> onlineWithGpus() {
    return nodes.onlineWithGpus();
  }

  /** Every node of the caller's tenant, by id. */
  @Transactional
  public List<Node> allOwned() {
    return nodes.allOwned();
  }
}
