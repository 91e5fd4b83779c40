package io.edgewise.metrics;

import io.agroal.api.AgroalDataSource;
import io.edgewise.fleet.SmartDomain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes metrics and keeps their partitions: plain JDBC over array parameters, so a batch of a
 * thousand (or, for the demo, ten thousand) minutes with all its roll-ups is one call of {@code
 * ingest_metric_minutes} (db/migrations/V12, V16). Runs in the caller's transaction when there is
 * one.
 */
@ApplicationScoped
public class MetricsIngestRepository {

  private static final String INGEST =
      "SELECT ingest_metric_minutes(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String DEPLOYMENT_DOMAINS =
      """
      SELECT d.id, f.domain FROM deployments d JOIN fleets f ON f.tenant_id = d.tenant_id AND f.id = d.fleet_id
       WHERE d.tenant_id = ? AND d.id = ANY (?)\
      """;
  private static final String KNOWN_SITES =
      "SELECT id FROM sites WHERE tenant_id = ? AND id = ANY (?)";
  private static final String LATEST_MINUTE =
      "SELECT max(bucket) FROM metric_domain_minutes WHERE tenant_id = ?";
  private static final String ENSURE_PARTITIONS = "SELECT ensure_metric_partitions(?, ?)";
  private static final String DROP_PARTITIONS = "SELECT drop_metric_partitions_before(?)";

  @Inject AgroalDataSource dataSource;

  /**
   * Upserts {@code points} (the domain of each from {@code domainOf}) as {@code source}'s minutes
   * and refreshes their roll-ups; returns rows written. A source replaces only its own minutes
   * (V16).
   */
  public int ingest(
      UUID tenantId,
      boolean demo,
      String source,
      List<MetricPoint> points,
      Function<MetricPoint, SmartDomain> domainOf) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INGEST)) {
      s.setObject(1, tenantId);
      s.setBoolean(2, demo);
      s.setString(3, source);
      s.setArray(
          4, c.createArrayOf("uuid", points.stream().map(MetricPoint::deploymentId).toArray()));
      s.setArray(5, c.createArrayOf("uuid", points.stream().map(MetricPoint::siteId).toArray()));
      s.setArray(
          6, c.createArrayOf("text", points.stream().map(p -> domainOf.apply(p).name()).toArray()));
      s.setArray(
          7,
          c.createArrayOf(
              "timestamptz", points.stream().map(p -> Timestamp.from(p.minute())).toArray()));
      s.setArray(8, c.createArrayOf("int8", points.stream().map(MetricPoint::requests).toArray()));
      s.setArray(
          9,
          c.createArrayOf("float4", points.stream().map(p -> (float) p.latencyP50Ms()).toArray()));
      s.setArray(
          10,
          c.createArrayOf("float4", points.stream().map(p -> (float) p.latencyP95Ms()).toArray()));
      s.setArray(
          11,
          c.createArrayOf("float4", points.stream().map(p -> (float) p.latencyP99Ms()).toArray()));
      s.setArray(
          12, c.createArrayOf("int8", points.stream().map(MetricPoint::sloViolations).toArray()));
      s.setArray(
          13, c.createArrayOf("int8", points.stream().map(MetricPoint::bytesUplinked).toArray()));
      s.setArray(
          14, c.createArrayOf("int8", points.stream().map(MetricPoint::bytesAvoided).toArray()));
      s.setArray(
          15, c.createArrayOf("int8", points.stream().map(MetricPoint::cacheHits).toArray()));
      s.setArray(
          16, c.createArrayOf("int8", points.stream().map(MetricPoint::cacheMisses).toArray()));
      s.setArray(
          17,
          c.createArrayOf(
              "float8", points.stream().map(MetricPoint::deviceEnergySavedJ).toArray()));
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store " + points.size() + " metric points", e);
    }
  }

  /**
   * The smart domain of each of {@code ids} that is a deployment of the tenant; unknown ids are
   * absent.
   */
  public Map<UUID, SmartDomain> deploymentDomains(UUID tenantId, Collection<UUID> ids) {
    Map<UUID, SmartDomain> domains = new HashMap<>();
    query(
        DEPLOYMENT_DOMAINS,
        tenantId,
        ids,
        rows -> domains.put(rows.getObject(1, UUID.class), SmartDomain.valueOf(rows.getString(2))));
    return domains;
  }

  /** Those of {@code ids} that are sites of the tenant. */
  public Set<UUID> knownSites(UUID tenantId, Collection<UUID> ids) {
    Set<UUID> known = new HashSet<>();
    query(KNOWN_SITES, tenantId, ids, rows -> known.add(rows.getObject(1, UUID.class)));
    return known;
  }

  /** The latest minute any domain of the tenant has a point for, if any. */
  public Optional<Instant> latestMinute(UUID tenantId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(LATEST_MINUTE)) {
      s.setObject(1, tenantId);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the latest metric minute", e);
    }
  }

  /** Creates the missing daily partitions for the UTC days {@code from..to}; returns how many. */
  public int ensurePartitions(LocalDate from, LocalDate to) {
    return call(ENSURE_PARTITIONS, from, to);
  }

  /** Drops the daily partitions of UTC days before {@code day}; returns how many. */
  public int dropPartitionsBefore(LocalDate day) {
    return call(DROP_PARTITIONS, day, null);
  }

  private int call(String sql, LocalDate first, LocalDate second) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, first);
      if (second != null) {
        s.setObject(2, second);
      }
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not maintain the metric partitions", e);
    }
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, UUID tenantId, Collection<UUID> ids, RowReader reader) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, tenantId);
      s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not check metric references", e);
    }
  }
}
