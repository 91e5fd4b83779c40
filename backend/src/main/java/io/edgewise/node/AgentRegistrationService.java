package io.edgewise.node;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Forbidden;
import io.edgewise.base.error.Unprocessable;
import io.edgewise.security.ApiTokenService;
import io.edgewise.security.ApiTokenService.IssuedToken;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.Site;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers edge agents. Registration is idempotent per (tenant, agent id): the agent's node is
 * created once, then its hardware facts are refreshed, and every registration issues a fresh node
 * credential that replaces the previous one.
 */
@ApplicationScoped
public class AgentRegistrationService {

  /** What an agent reports about its machine. */
  public record Registration(
      String agentId,
      String site,
      String hostname,
      int cpuCores,
      long memoryMib,
      List<GpuSpec> gpus) {}

  /** The agent's node, whether it was new, and the node credential's secret (shown only now). */
  public record Registered(Node node, boolean created, String credential) {}

  @Inject NodeRepository nodes;
  @Inject SiteService sites;
  @Inject ApiTokenService tokens;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  @Transactional
  public Registered register(Registration registration) {
    String agentId = registration.agentId().trim();
    GpuSpec.requireDistinctIndexes(registration.gpus().stream().map(GpuSpec::index).toList());
    Site site = resolveSite(registration.site().trim());
    Optional<Node> known = nodes.findByAgentId(agentId);
    requireOwnNodeIfNodeCredential(known);
    Node node = known.orElseGet(() -> newNode(agentId, registration.hostname()));
    node.siteId = site.id;
    node.hostname = registration.hostname();
    node.cpuCores = registration.cpuCores();
    node.memoryMib = registration.memoryMib();
    if (known.isEmpty()) {
      nodes.create(node);
    }
    node.replaceGpus(registration.gpus());
    nodes.flush();
    IssuedToken credential =
        tokens.issueNodeCredential(node.tenantId, node.id, node.name, caller.name());
    audit.record(
        "register",
        "node",
        node.id,
        node.name + " (agent " + agentId + ", " + node.gpus.size() + " GPUs)");
    return new Registered(node, known.isEmpty(), credential.secret());
  }

  /** A site named by id or by name, in the caller's tenant; 422 naming {@code site} otherwise. */
  private Site resolveSite(String reference) {
    Optional<Site> byId = parseUuid(reference).flatMap(sites::findOwned);
    return byId.or(() -> sites.findByName(reference))
        .orElseThrow(() -> Unprocessable.unknownReference("site", "site '" + reference + "'"));
  }

  /** A node credential may re-register its own node, and nothing else. */
  private void requireOwnNodeIfNodeCredential(Optional<Node> known) {
    Optional<UUID> boundNode = caller.get().nodeId();
    if (boundNode.isPresent() && !known.map(n -> n.id).equals(boundNode)) {
      throw new Forbidden("a node credential can only re-register its own node");
    }
  }

  private Node newNode(String agentId, String hostname) {
    Node node = new Node();
    node.id = UUID.randomUUID();
    node.agentId = agentId;
    node.status = NodeStatus.PENDING;
    node.name = freeName(hostname == null || hostname.isBlank() ? agentId : hostname.trim());
    return node;
  }

  /** {@code base}, or {@code base-2}, {@code base-3}… when another node has that name. */
  private String freeName(String base) {
    String stem = base.length() > Node.NAME_MAX - 6 ? base.substring(0, Node.NAME_MAX - 6) : base;
    String candidate = base.length() > Node.NAME_MAX ? stem : base;
    for (int suffix = 2; nodes.nameTaken(candidate); suffix++) {
      candidate = stem + "-" + suffix;
    }
    return candidate;
  }

  private static Optional<UUID> parseUuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
