package io.edgewise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.app.demo.DemoMetrics;
import io.edgewise.base.db.TenantScope;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TenantWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoSeriesTest {

  private static final Logger LOG = Logger.getLogger(DemoSeriesTest.class);

  @Inject DemoMetrics demo;

  @Test
  void fillsSevenDaysOfDemoMinutesOnceThenAppendsOnlyNewMinutes() {
    TenantWorld w = TenantWorld.create("demoseries");
    Instant now = Instant.now();
    long started = System.nanoTime();
    int written = TenantScope.tenant(w.tenant().id(), () -> demo.fill(now));
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.infof("demo backfill: %d points in %d ms", written, millis);

    assertThat(written).isEqualTo(7 * 24 * 60);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM metric_minutes WHERE tenant_id = ? AND demo",
                w.tenant().id()))
        .isEqualTo(written);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM metric_domain_hours WHERE tenant_id = ?", w.tenant().id()))
        .isBetween(168L, 169L);
    assertThat(
            Sql.count("SELECT sum(requests) FROM metric_days WHERE tenant_id = ?", w.tenant().id()))
        .isEqualTo(
            Sql.count(
                "SELECT sum(requests) FROM metric_minutes WHERE tenant_id = ?", w.tenant().id()));
    assertThat(
            Sql.count(
                "SELECT count(*) FROM metric_minutes WHERE tenant_id = ? AND latency_p95_ms <"
                    + " latency_p50_ms",
                w.tenant().id()))
        .isZero();

    assertThat(TenantScope.tenant(w.tenant().id(), () -> demo.fill(now))).isZero();
    assertThat(
            TenantScope.tenant(w.tenant().id(), () -> demo.fill(now.plus(3, ChronoUnit.MINUTES))))
        .isEqualTo(3);
  }
}
