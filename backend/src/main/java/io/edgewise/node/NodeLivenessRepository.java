package io.edgewise.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The set-based statements behind heartbeats and offline detection. They run thousands of times a
 * second, so each is one SQL statement that loads no entities.
 */
@ApplicationScoped
public class NodeLivenessRepository {

  /**
   * Records a heartbeat in one statement: locks the node to read its previous status, stamps it (a
   * PENDING or OFFLINE node becomes ONLINE; MAINTENANCE stays), records the transition if the status
   * changed, and stores the GPU samples matched by device index. Returns the node's status (null when
   * the node does not exist) and how many GPUs matched.
   */
  private static final String HEARTBEAT = """
      WITH previous AS (
          SELECT id, status FROM nodes WHERE id = :node AND tenant_id = :tenant FOR UPDATE),
      beat AS (
          UPDATE nodes n
             SET last_heartbeat_at = :now,
                 status = CASE WHEN p.status IN ('PENDING', 'OFFLINE') THEN 'ONLINE' ELSE p.status END
            FROM previous p
           WHERE n.id = p.id
       RETURNING n.id, n.tenant_id, p.status AS from_status, n.status AS to_status),
      transition AS (
          INSERT INTO node_status_transitions (tenant_id, node_id, from_status, to_status, reason, at)
          SELECT tenant_id, id, from_status, to_status, :reason, :now FROM beat WHERE from_status <> to_status),
      sampled AS (
          UPDATE gpus g
             SET utilization_pct = s.utilization, memory_used_mib = s.memory_used, temperature_c = s.temperature, sampled_at = :now
            FROM unnest(CAST(:indexes AS int[]), CAST(:utilizations AS float8[]), CAST(:memoryUsed AS int8[]), CAST(:temperatures AS float8[]))
                 AS s(device_index, utilization, memory_used, temperature)
           WHERE g.node_id = :node AND g.tenant_id = :tenant AND g.device_index = s.device_index
       RETURNING 1)
      SELECT (SELECT to_status FROM beat), (SELECT count(*) FROM sampled)
      """;

  /**
   * Marks every ONLINE node silent since {@code cutoff} OFFLINE and records one transition each.
   * Safe to run on several replicas at once: a replica that reaches a row another one already
   * changed re-checks {@code status = 'ONLINE'} on the committed row, finds it false and skips it, so
   * each node goes OFFLINE, with one transition, exactly once.
   */
  private static final String MARK_SILENT_OFFLINE = """
      WITH silent AS (
          UPDATE nodes SET status = 'OFFLINE'
           WHERE status = 'ONLINE' AND last_heartbeat_at < :cutoff
       RETURNING id, tenant_id)
      INSERT INTO node_status_transitions (tenant_id, node_id, from_status, to_status, reason, at)
      SELECT tenant_id, id, 'ONLINE', 'OFFLINE', :reason, :now FROM silent
      """;

  /** The outcome of a heartbeat statement. */
  public record Beat(NodeStatus status, int gpusSampled) {}

  @Inject EntityManager em;

  /** Empty when the node does not exist in {@code tenantId}. */
  public Optional<Beat> heartbeat(UUID tenantId, UUID nodeId, Instant now, List<GpuSample> samples) {
    Object[] row = (Object[]) em.createNativeQuery(HEARTBEAT)
        .setParameter("node", nodeId)
        .setParameter("tenant", tenantId)
        .setParameter("now", now)
        .setParameter("reason", NodeStatusTransition.REASON_HEARTBEAT)
        .setParameter("indexes", samples.stream().map(GpuSample::index).toArray(Integer[]::new))
        .setParameter("utilizations", samples.stream().map(GpuSample::utilizationPct).toArray(Double[]::new))
        .setParameter("memoryUsed", samples.stream().map(GpuSample::memoryUsedMib).toArray(Long[]::new))
        .setParameter("temperatures", samples.stream().map(GpuSample::temperatureC).toArray(Double[]::new))
        .getSingleResult();
    if (row[0] == null) {
      return Optional.empty();
    }
    return Optional.of(new Beat(NodeStatus.valueOf((String) row[0]), ((Number) row[1]).intValue()));
  }

  /** The device indexes of a node's GPUs. */
  @SuppressWarnings("unchecked")
  public List<Integer> gpuIndexes(UUID tenantId, UUID nodeId) {
    return em.createNativeQuery("SELECT device_index FROM gpus WHERE node_id = :node AND tenant_id = :tenant ORDER BY device_index", Integer.class)
        .setParameter("node", nodeId)
        .setParameter("tenant", tenantId)
        .getResultList();
  }

  /** Platform scope: every tenant's nodes. Returns how many nodes went OFFLINE. */
  public int markSilentNodesOffline(Instant cutoff, Instant now) {
    return em.createNativeQuery(MARK_SILENT_OFFLINE)
        .setParameter("cutoff", cutoff)
        .setParameter("now", now)
        .setParameter("reason", NodeStatusTransition.REASON_MISSED_HEARTBEATS)
        .executeUpdate();
  }
}
