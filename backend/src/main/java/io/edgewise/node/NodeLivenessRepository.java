package io.edgewise.node;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The set-based statements behind heartbeats and offline detection. Both use the database clock, so
 * replicas with skewed clocks agree on who is silent.
 */
@ApplicationScoped
public class NodeLivenessRepository {

  /**
   * One heartbeat, one statement: {@code record_node_heartbeat} (db/migrations/V10, V15) stamps the
   * node, records a transition when its status changes, stores the GPU samples and the model
   * report, all or nothing, and answers the tenant's latest plan id. Plain JDBC on purpose: this
   * runs thousands of times a second and, outside a transaction, commits by itself, so it needs no
   * entity, session or JTA transaction.
   */
  private static final String HEARTBEAT =
      "SELECT node_status, plan_id FROM record_node_heartbeat(?, ?, ?, ?, ?, ?, ?, CAST(? AS"
          + " jsonb))";

  /** What {@code record_node_heartbeat} raises when a sample names a GPU the node does not have. */
  private static final String UNKNOWN_GPU = "P0002";

  private static final String GPU_INDEXES =
      "SELECT device_index FROM gpus WHERE node_id = ? AND tenant_id = ?";

  /**
   * Marks every ONLINE node silent for longer than {@code :silence} seconds OFFLINE and records one
   * transition each. Safe on several replicas at once: a replica that reaches a row another one has
   * just changed re-checks {@code status = 'ONLINE'} on the committed row, finds it false and skips
   * it, so each node goes OFFLINE, with one transition, exactly once.
   */
  private static final String MARK_SILENT_OFFLINE =
      """
      WITH silent AS (
          UPDATE nodes SET status = 'OFFLINE'
           WHERE status = 'ONLINE' AND last_heartbeat_at < now() - make_interval(secs => :silence)
       RETURNING id, tenant_id)
      INSERT INTO node_status_transitions (tenant_id, node_id, from_status, to_status, reason, at)
      SELECT tenant_id, id, 'ONLINE', 'OFFLINE', :reason, now() FROM silent
      """;

  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;

  /**
   * Empty when the node does not exist in {@code tenantId}; {@code modelsJson} null keeps the last
   * model report.
   */
  public Optional<HeartbeatOutcome> heartbeat(
      UUID tenantId, UUID nodeId, List<GpuSample> samples, String modelsJson) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement statement = connection.prepareStatement(HEARTBEAT)) {
        statement.setObject(1, nodeId);
        statement.setObject(2, tenantId);
        statement.setString(3, NodeStatusTransition.REASON_HEARTBEAT);
        statement.setArray(
            4, connection.createArrayOf("int4", samples.stream().map(GpuSample::index).toArray()));
        statement.setArray(
            5,
            connection.createArrayOf(
                "float8", samples.stream().map(GpuSample::utilizationPct).toArray()));
        statement.setArray(
            6,
            connection.createArrayOf(
                "int8", samples.stream().map(GpuSample::memoryUsedMib).toArray()));
        statement.setArray(
            7,
            connection.createArrayOf(
                "float8", samples.stream().map(GpuSample::temperatureC).toArray()));
        statement.setString(8, modelsJson);
        try (ResultSet row = statement.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(
              new HeartbeatOutcome.Recorded(
                  NodeStatus.valueOf(row.getString(1)), row.getObject(2, UUID.class)));
        }
      } catch (SQLException e) {
        if (!UNKNOWN_GPU.equals(e.getSQLState())) {
          throw e;
        }
        Set<Integer> known = gpuIndexes(connection, tenantId, nodeId);
        return Optional.of(
            new HeartbeatOutcome.UnknownGpus(
                samples.stream().map(GpuSample::index).filter(i -> !known.contains(i)).toList()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the heartbeat of node " + nodeId, e);
    }
  }

  private static Set<Integer> gpuIndexes(Connection connection, UUID tenantId, UUID nodeId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(GPU_INDEXES)) {
      statement.setObject(1, nodeId);
      statement.setObject(2, tenantId);
      Set<Integer> indexes = new HashSet<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          indexes.add(rows.getInt(1));
        }
      }
      return indexes;
    }
  }

  /** Platform scope: every tenant's nodes. Returns how many nodes went OFFLINE. */
  public int markSilentNodesOffline(Duration silence) {
    return em.createNativeQuery(MARK_SILENT_OFFLINE)
        .setParameter("silence", silence.toNanos() / 1e9)
        .setParameter("reason", NodeStatusTransition.REASON_MISSED_HEARTBEATS)
        .executeUpdate();
  }
}
