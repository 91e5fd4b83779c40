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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads behind series and live figures. A domain's series come from the per-domain roll-ups
 * (one row per bucket: 60 for an hour of minutes, 168 for a week of hours); a deployment's or
 * site's from the per-series tables, summed per bucket in the database.
 */
@ApplicationScoped
public class MetricsReadRepository {

  private static final String WEIGHTED =
      "coalesce(sum(%1$s * requests) / nullif(sum(requests), 0), avg(%1$s))";
  private static final String SUMS =
      "sum(slo_violations), sum(bytes_uplinked), sum(bytes_avoided), sum(cache_hits),"
          + " sum(cache_misses), sum(device_energy_saved_j)";
  private static final String ROLLUP_MEASURES =
      "sum(requests), coalesce(sum(latency_p50_ms * requests) / nullif(sum(requests), 0),"
          + " avg(latency_p50_ms)), coalesce(sum(latency_p95_ms * requests) / nullif(sum(requests),"
          + " 0), avg(latency_p95_ms)), coalesce(sum(latency_p99_ms * requests) /"
          + " nullif(sum(requests), 0), avg(latency_p99_ms)), max(latency_p99_max_ms), "
          + SUMS;
  private static final String MINUTE_MEASURES =
      "sum(requests), coalesce(sum(latency_p50_ms * requests) / nullif(sum(requests), 0),"
          + " avg(latency_p50_ms)), coalesce(sum(latency_p95_ms * requests) / nullif(sum(requests),"
          + " 0), avg(latency_p95_ms)), coalesce(sum(latency_p99_ms * requests) /"
          + " nullif(sum(requests), 0), avg(latency_p99_ms)), max(latency_p99_ms), "
          + SUMS;
  private static final String DOMAIN_WHERE =
      " WHERE tenant_id = ? AND domain = ? AND bucket >= ? AND bucket < ?";
  private static final String SERIES_WHERE =
      " WHERE tenant_id = ? AND (CAST(? AS uuid) IS NULL OR deployment_id = ?) AND (CAST(? AS uuid)"
          + " IS NULL OR site_id = ?)";

  /** Where each resolution's points come from, for a domain and for deployments/sites. */
  private static final Map<Resolution, String> DOMAIN_SERIES =
      Map.of(
          Resolution.MINUTE,
              "SELECT bucket, "
                  + ROLLUP_MEASURES
                  + " FROM metric_domain_minutes"
                  + DOMAIN_WHERE
                  + " GROUP BY bucket ORDER BY bucket",
          Resolution.HOUR,
              "SELECT bucket, "
                  + ROLLUP_MEASURES
                  + " FROM metric_domain_hours"
                  + DOMAIN_WHERE
                  + " GROUP BY bucket ORDER BY bucket",
          Resolution.DAY,
              "SELECT date_trunc('day', bucket, 'UTC') AS day, "
                  + ROLLUP_MEASURES
                  + " FROM metric_domain_hours"
                  + DOMAIN_WHERE
                  + " GROUP BY day ORDER BY day");

  private static final Map<Resolution, String> SERIES =
      Map.of(
          Resolution.MINUTE,
              "SELECT minute, "
                  + MINUTE_MEASURES
                  + " FROM metric_minutes"
                  + SERIES_WHERE
                  + " AND minute >= ? AND minute < ? GROUP BY minute ORDER BY minute",
          Resolution.HOUR,
              "SELECT bucket, "
                  + ROLLUP_MEASURES
                  + " FROM metric_hours"
                  + SERIES_WHERE
                  + " AND bucket >= ? AND bucket < ? GROUP BY bucket ORDER BY bucket",
          Resolution.DAY,
              "SELECT bucket, "
                  + ROLLUP_MEASURES
                  + " FROM metric_days"
                  + SERIES_WHERE
                  + " AND bucket >= ? AND bucket < ? GROUP BY bucket ORDER BY bucket");
  private static final String DOMAIN_TOTAL =
      "SELECT count(*), "
          + ROLLUP_MEASURES
          + " FROM metric_domain_minutes"
          + " WHERE tenant_id = ? AND domain = ? AND bucket >= ?";
  private static final String P95_BY_DEPLOYMENT =
      "SELECT deployment_id, "
          + WEIGHTED.formatted("latency_p95_ms")
          + " FROM metric_minutes WHERE tenant_id = ? AND domain = ? AND minute >= ? GROUP BY"
          + " deployment_id";
  private static final String STRICTEST_SLO =
      """
      SELECT min(d.latency_slo_ms) FROM deployments d JOIN fleets f ON f.tenant_id = d.tenant_id AND f.id = d.fleet_id
       WHERE d.tenant_id = ? AND f.domain = ? AND d.status <> 'PAUSED'\
      """;

  /**
   * Mean utilisation, from the last heartbeats of online nodes, of the GPUs the latest plan gives
   * the domain.
   */
  private static final String GPU_UTILISATION =
      """
      SELECT avg(g.utilization_pct) FROM gpus g JOIN nodes n ON n.tenant_id = g.tenant_id AND n.id = g.node_id
       WHERE g.tenant_id = ? AND n.status = 'ONLINE' AND g.id IN (
             SELECT jsonb_array_elements_text(e.gpu_ids)::uuid FROM plan_entries e
               JOIN deployments d ON d.tenant_id = e.tenant_id AND d.id = e.deployment_id
               JOIN fleets f ON f.tenant_id = d.tenant_id AND f.id = d.fleet_id
              WHERE e.tenant_id = ? AND f.domain = ?
                AND e.plan_id = (SELECT id FROM plans WHERE tenant_id = ? ORDER BY created_at DESC LIMIT 1))\
      """;

  /** The totals of a domain's minutes since {@code since}, and how many minutes reported. */
  public record Total(long minutes, SeriesPoint sums) {}

  @Inject AgroalDataSource dataSource;

  public List<SeriesPoint> domainSeries(
      UUID tenantId, SmartDomain domain, Resolution resolution, Instant from, Instant to) {
    return list(
        DOMAIN_SERIES.get(resolution),
        rows -> point(rows, rows.getTimestamp(1).toInstant(), resolution),
        tenantId,
        domain.name(),
        ts(from),
        ts(to));
  }

  /**
   * Summed over the series matching {@code deploymentId} and {@code siteId} (either may be null:
   * any).
   */
  public List<SeriesPoint> series(
      UUID tenantId,
      UUID deploymentId,
      UUID siteId,
      Resolution resolution,
      Instant from,
      Instant to) {
    return list(
        SERIES.get(resolution),
        rows -> point(rows, rows.getTimestamp(1).toInstant(), resolution),
        tenantId,
        deploymentId,
        deploymentId,
        siteId,
        siteId,
        ts(from),
        ts(to));
  }

  public Total domainTotal(UUID tenantId, SmartDomain domain, Instant since) {
    return list(
            DOMAIN_TOTAL,
            rows -> new Total(rows.getLong(1), point(rows, since, Resolution.MINUTE)),
            tenantId,
            domain.name(),
            ts(since))
        .get(0);
  }

  /** Each deployment's request-weighted p95 over its minutes since {@code since}. */
  public Map<UUID, Double> p95ByDeployment(UUID tenantId, SmartDomain domain, Instant since) {
    Map<UUID, Double> p95 = new HashMap<>();
    list(
        P95_BY_DEPLOYMENT,
        rows -> p95.put(rows.getObject(1, UUID.class), rows.getDouble(2)),
        tenantId,
        domain.name(),
        ts(since));
    return p95;
  }

  public Optional<Double> strictestSlo(UUID tenantId, SmartDomain domain) {
    return optionalDouble(STRICTEST_SLO, tenantId, domain.name());
  }

  public Optional<Double> gpuUtilisation(UUID tenantId, SmartDomain domain) {
    return optionalDouble(GPU_UTILISATION, tenantId, tenantId, domain.name(), tenantId);
  }

  private Optional<Double> optionalDouble(String sql, Object... parameters) {
    return list(
            sql,
            rows -> Optional.ofNullable((Number) rows.getObject(1)).map(Number::doubleValue),
            parameters)
        .get(0);
  }

  /** Column 1 is the bucket (or a count), the measures follow in ROLLUP_MEASURES order. */
  private static SeriesPoint point(ResultSet rows, Instant bucket, Resolution resolution)
      throws SQLException {
    return new SeriesPoint(
        bucket,
        resolution,
        rows.getLong(2),
        rows.getDouble(3),
        rows.getDouble(4),
        rows.getDouble(5),
        rows.getDouble(6),
        rows.getLong(7),
        rows.getLong(8),
        rows.getLong(9),
        rows.getLong(10),
        rows.getLong(11),
        rows.getDouble(12));
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
  }

  private <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read metrics", e);
    }
  }
}
