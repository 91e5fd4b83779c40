package io.edgewise.metrics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes the measured segments of pushed minutes ({@code record_measured_segments}, V19) and reads
 * one deployment's over a window straight from {@code metric_minutes}.
 */
@ApplicationScoped
public class MeasuredSegmentsRepository {

  private static final String RECORD =
      "SELECT record_measured_segments(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * A time weighted by requests (edge) or timed requests (device side), over the minutes that have
   * it.
   */
  private static final String WEIGHTED =
      "sum(%1$s * %2$s) FILTER (WHERE %1$s IS NOT NULL)"
          + " / nullif(sum(%2$s) FILTER (WHERE %1$s IS NOT NULL), 0)";

  private static final String WINDOW =
      "SELECT coalesce(sum(requests), 0), "
          + WEIGHTED.formatted("latency_p95_ms", "requests")
          + ", "
          + WEIGHTED.formatted("edge_mean_ms", "requests")
          + ", "
          + WEIGHTED.formatted("edge_p95_ms", "requests")
          + ", coalesce(sum(timed_requests), 0), "
          + WEIGHTED.formatted("device_mean_ms", "timed_requests")
          + ", "
          + WEIGHTED.formatted("uplink_mean_ms", "timed_requests")
          + ", "
          + WEIGHTED.formatted("downlink_mean_ms", "timed_requests")
          + ", "
          + WEIGHTED.formatted("end_to_end_p95_ms", "timed_requests")
          + " FROM metric_minutes WHERE tenant_id = ? AND deployment_id = ? AND minute >= ?"
          + " AND minute < ?";

  @Inject AgroalDataSource dataSource;

  /** Stores the segments of {@code points}, which {@code source} has just written. */
  public void record(UUID tenantId, String source, List<MetricPoint> points) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(RECORD)) {
      s.setObject(1, tenantId);
      s.setString(2, source);
      s.setArray(3, c.createArrayOf("uuid", each(points, MetricPoint::deploymentId)));
      s.setArray(4, c.createArrayOf("uuid", each(points, MetricPoint::siteId)));
      s.setArray(5, c.createArrayOf("timestamptz", each(points, p -> Timestamp.from(p.minute()))));
      s.setArray(6, real(c, points, MeasuredSegments::edgeMeanMs));
      s.setArray(7, real(c, points, MeasuredSegments::edgeP95Ms));
      s.setArray(8, c.createArrayOf("int8", each(points, p -> p.segments().timed())));
      s.setArray(9, real(c, points, MeasuredSegments::deviceMeanMs));
      s.setArray(10, real(c, points, MeasuredSegments::uplinkMeanMs));
      s.setArray(11, real(c, points, MeasuredSegments::downlinkMeanMs));
      s.setArray(12, real(c, points, MeasuredSegments::endToEndP95Ms));
      s.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the measured segments", e);
    }
  }

  /** The deployment's measurements over the minutes in {@code [from, to)}. */
  public MeasuredWindow window(UUID tenantId, UUID deploymentId, Instant from, Instant to) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(WINDOW)) {
      s.setObject(1, tenantId);
      s.setObject(2, deploymentId);
      s.setTimestamp(3, Timestamp.from(from));
      s.setTimestamp(4, Timestamp.from(to));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new MeasuredWindow(
            from,
            to,
            r.getLong(1),
            number(r, 2),
            number(r, 3),
            number(r, 4),
            r.getLong(5),
            number(r, 6),
            number(r, 7),
            number(r, 8),
            number(r, 9));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the measured segments", e);
    }
  }

  private static Object[] each(List<MetricPoint> points, Function<MetricPoint, Object> field) {
    return points.stream().map(field).toArray();
  }

  private static java.sql.Array real(
      Connection c, List<MetricPoint> points, Function<MeasuredSegments, Double> field)
      throws SQLException {
    return c.createArrayOf(
        "float4",
        points.stream()
            .map(p -> field.apply(p.segments()))
            .map(v -> v == null ? null : v.floatValue())
            .toArray());
  }

  private static Double number(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }
}
