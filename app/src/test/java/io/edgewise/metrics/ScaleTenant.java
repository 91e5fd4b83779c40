package io.edgewise.metrics;

import io.edgewise.fleet.SmartDomain;
import io.edgewise.registry.OnnxTestModels;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The benchmarks' tenant at fleet scale, created once per test run: 40 fleets (10 per domain) with
 * 100,000 devices, 200 deployments and 7 days of per-minute metrics for each (2.0 M minute rows and
 * their roll-ups). Inventory goes through the API; the bulk rows through SQL, because the read path
 * is what the benchmarks measure.
 */
public final class ScaleTenant {

  private static final Logger LOG = Logger.getLogger(ScaleTenant.class);
  private static final Map<SmartDomain, String> APPLICATION =
      Map.of(
          SmartDomain.SMART_MULTIMEDIA,
          "VIDEO_ANALYTICS",
          SmartDomain.SMART_TRANSPORTATION,
          "AUTONOMOUS_DRIVING",
          SmartDomain.SMART_CITY,
          "SMART_BUILDING",
          SmartDomain.SMART_INDUSTRY,
          "SMART_MANUFACTURING");
  private static TestTenant tenant;

  private ScaleTenant() {}

  /** The seeded tenant; the first call seeds it (about 100 s on the 2-core build machine). */
  public static synchronized TestTenant get() {
    if (tenant == null) {
      tenant = create();
    }
    return tenant;
  }

  private static TestTenant create() {
    TestTenant t = TestTenant.create("bench");
    String site = t.createSite(TenantWorld.site("bench-site"));
    String model = t.createModel(TenantWorld.model("bench-model"));
    String version = t.uploadVersion(model, "1.0.0", OnnxTestModels.mlp().toByteArray());
    for (SmartDomain domain : SmartDomain.values()) {
      for (int i = 0; i < 10; i++) {
        t.createFleet(
            TenantWorld.fleet(
                domain.name().toLowerCase() + "-" + i,
                domain.name(),
                APPLICATION.get(domain),
                "camera",
                site));
      }
    }
    long started = System.nanoTime();
    seed(t.id(), UUID.fromString(site), UUID.fromString(version));
    LOG.infof(
        "BENCH setup: 100,000 devices, 200 deployments, %,d minute rows and roll-ups in %d s",
        Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", t.id()),
        (System.nanoTime() - started) / 1_000_000_000);

    return t;
  }

  /**
   * Devices, deployments and metrics in bulk, as the superuser (the read path is measured, not
   * these inserts).
   */
  private static void seed(UUID tenant, UUID site, UUID version) {
    Instant now = Instant.now();
    try (Connection c = Sql.asSuperuser()) {
      run(
          c,
          """
          INSERT INTO devices (id, tenant_id, fleet_id, external_id, compute_gflops, link_mbps, link_rtt_ms, status, last_seen_at, created_at, updated_at)
          SELECT gen_random_uuid(), f.tenant_id, f.id, 'dev-' || g, 10, 50, 8, CASE WHEN g % 10 < 8 THEN 'ONLINE' ELSE 'OFFLINE' END, now(), now(), now()
            FROM fleets f, generate_series(1, 2500) g WHERE f.tenant_id = ?\
          """,
          tenant);
      run(
          c,
          """
          INSERT INTO deployments (id, tenant_id, name, model_version_id, fleet_id, latency_slo_ms, strategy, replicas, status, created_at, updated_at)
          SELECT gen_random_uuid(), f.tenant_id, f.name || '-dep-' || g, ?, f.id, 50 + 10 * g, 'AUTO', 1, 'ACTIVE', now(), now()
            FROM fleets f, generate_series(1, 5) g WHERE f.tenant_id = ?\
          """,
          version,
          tenant);
      run(
          c,
          "INSERT INTO deployment_sites (deployment_id, site_id, tenant_id) SELECT id, ?, tenant_id"
              + " FROM deployments WHERE tenant_id = ?",
          site,
          tenant);
      run(
          c,
          """
          INSERT INTO metric_minutes (tenant_id, deployment_id, site_id, minute, domain, requests, latency_p50_ms, latency_p95_ms, latency_p99_ms,
                                      slo_violations, bytes_uplinked, bytes_avoided, cache_hits, cache_misses, device_energy_saved_j, demo)
          SELECT d.tenant_id, d.id, ?, m, f.domain, r, 10 + random() * 5, 30 + random() * 10, 60 + random() * 10, (r * 0.01)::int,
                 r * 1000, r * 20000, (r * 0.1)::int, (r * 0.02)::int, r * 0.02, true
            FROM deployments d JOIN fleets f ON f.id = d.fleet_id,
                 generate_series(?::timestamptz, ?::timestamptz, interval '1 minute') m, LATERAL (SELECT 500 + (random() * 1000)::int AS r) x
           WHERE d.tenant_id = ?\
          """,
          site,
          Timestamp.from(
              now.minus(Duration.ofDays(7)).plusSeconds(60).truncatedTo(ChronoUnit.MINUTES)),
          Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)),
          tenant);
      String measures =
          "sum(requests), sum(latency_p50_ms * requests) / sum(requests), sum(latency_p95_ms *"
              + " requests) / sum(requests), sum(latency_p99_ms * requests) / sum(requests),"
              + " max(%s), sum(slo_violations), sum(bytes_uplinked), sum(bytes_avoided),"
              + " sum(cache_hits), sum(cache_misses), sum(device_energy_saved_j)";
      run(
          c,
          "INSERT INTO metric_hours SELECT tenant_id, deployment_id, site_id, date_trunc('hour',"
              + " minute, 'UTC'), max(domain), "
              + measures.formatted("latency_p99_ms")
              + " FROM metric_minutes WHERE tenant_id = ? GROUP BY 1, 2, 3, 4",
          tenant);
      run(
          c,
          "INSERT INTO metric_days SELECT tenant_id, deployment_id, site_id, date_trunc('day',"
              + " bucket, 'UTC'), max(domain), "
              + measures.formatted("latency_p99_max_ms")
              + " FROM metric_hours WHERE tenant_id = ? GROUP BY 1, 2, 3, 4",
          tenant);
      run(
          c,
          "INSERT INTO metric_domain_minutes SELECT tenant_id, domain, minute, "
              + measures.formatted("latency_p99_ms")
              + " FROM metric_minutes WHERE tenant_id = ? GROUP BY 1, 2, 3",
          tenant);
      run(
          c,
          "INSERT INTO metric_domain_hours SELECT tenant_id, domain, date_trunc('hour', bucket,"
              + " 'UTC'), "
              + measures.formatted("latency_p99_max_ms")
              + " FROM metric_domain_minutes WHERE tenant_id = ? GROUP BY 1, 2, 3",
          tenant);
      run(c, "ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("seeding the scale tenant failed", e);
    }
  }

  private static void run(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.execute();
    }
  }
}
