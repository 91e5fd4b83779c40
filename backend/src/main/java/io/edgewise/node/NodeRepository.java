package io.edgewise.node;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;

/** The caller's tenant's nodes. */
@ApplicationScoped
public class NodeRepository extends TenantOwnedRepository<Node> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("name", "status", "lastHeartbeatAt", "createdAt");

  @Override
  protected String noun() {
    return "node";
  }

  public PageResult<Node> page(UUID siteId, NodeStatus status, PageRequest params) {
    Conditions where = new Conditions().equal("siteId", siteId).equal("status", status);
    return PageResult.of(
        scoped(where, params.sort(SORTABLE, "name")), params, NodeRepository::withGpus);
  }

  /** The node with its GPUs loaded, so callers may read them after the transaction. */
  public Node requireOwnedWithGpus(UUID id) {
    return withGpus(requireOwned(id));
  }

  private static Node withGpus(Node node) {
    Hibernate.initialize(node.gpus);
    return node;
  }

  /** The tenant's ONLINE nodes with their GPUs, in one query: what planners may place work on. */
  public List<Node> onlineWithGpus() {
    return find(
            "select distinct n from Node n left join fetch n.gpus where n.tenantId = :tenant and"
                + " n.status = :online order by n.id",
            Parameters.with("tenant", tenantId()).and("online", NodeStatus.ONLINE))
        .list();
  }

  /**
   * Node and GPU counts per site for these sites, in one grouped query; sites without nodes are
   * absent.
   */
  public Map<UUID, SiteNodeCounts> countsBySite(Collection<UUID> siteIds) {
    Map<UUID, SiteNodeCounts> counts = new HashMap<>();
    if (siteIds.isEmpty()) {
      return counts;
    }
    getEntityManager()
        .createQuery(
            "select n.siteId, n.status, count(distinct n.id), count(g.id) from Node n left join"
                + " n.gpus g where n.tenantId = :tenant and n.siteId in :sites group by n.siteId,"
                + " n.status",
            Object[].class)
        .setParameter("tenant", tenantId())
        .setParameter("sites", siteIds)
        .getResultList()
        .forEach(
            row ->
                counts.compute(
                    (UUID) row[0],
                    (site, sum) ->
                        (sum == null ? SiteNodeCounts.NONE : sum)
                            .plus((NodeStatus) row[1], (Long) row[2], (Long) row[3])));
    return counts;
  }

  public Optional<Node> findByAgentId(String agentId) {
    return scoped("agentId = :agent", Map.of("agent", agentId), Sort.by("id"))
        .firstResultOptional();
  }

  public boolean nameTaken(String name) {
    return scoped("name = :name", Map.of("name", name), Sort.by("id")).count() > 0;
  }
}
