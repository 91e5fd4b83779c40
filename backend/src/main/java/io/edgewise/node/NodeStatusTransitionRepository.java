package io.edgewise.node;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.security.CurrentCaller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The status history of the caller's tenant's nodes. */
@ApplicationScoped
public class NodeStatusTransitionRepository
    implements PanacheRepositoryBase<NodeStatusTransition, Long> {

  private static final Map<String, String> SORTABLE = SortableFields.named("at");

  @Inject CurrentCaller caller;

  /** Records a change made through the API (heartbeats and the sweeper write theirs in SQL). */
  public void record(Node node, NodeStatus from, String reason) {
    NodeStatusTransition transition = new NodeStatusTransition();
    transition.tenantId = node.tenantId;
    transition.nodeId = node.id;
    transition.fromStatus = from;
    transition.toStatus = node.status;
    transition.reason = reason;
    transition.at = Instant.now();
    persist(transition);
  }

  /** A node's history, newest first by default. */
  public PageResult<NodeStatusTransition> page(UUID nodeId, PageRequest params) {
    return PageResult.of(
        find(
            "tenantId = :tenant and nodeId = :node",
            params.sort(SORTABLE, "-at"),
            Parameters.with("tenant", caller.tenantId()).and("node", nodeId)),
        params,
        t -> t);
  }
}
