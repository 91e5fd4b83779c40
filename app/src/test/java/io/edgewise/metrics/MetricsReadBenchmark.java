package io.edgewise.metrics;

import io.edgewise.analytics.DomainOverviewService;
import io.edgewise.base.db.TenantScope;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The overview and a domain dashboard, server-side, at fleet scale: one tenant with 100,000 devices
 * in 40 fleets, 200 deployments and 7 days of per-minute metrics for each (2.0 M minute rows and
 * their roll-ups, inserted with SQL: the read path is what is measured). Median and p95 of 20 warm
 * runs each. Run: {@code ./mvnw -B -o -pl app -am -Pbench test -Dtest=MetricsReadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class MetricsReadBenchmark {

  private static final Logger LOG = Logger.getLogger(MetricsReadBenchmark.class);
  private static final int RUNS = 20;

  @Inject DomainOverviewService overview;
  @Inject MetricsQueryService metrics;

  @Test
  void overviewAndDashboardsAtScale() {
    TestTenant t = ScaleTenant.get();

    List<String> table = new ArrayList<>();
    table.add("| what | rows read | median ms | p95 ms |");
    table.add("| --- | --- | --- | --- |");
    TenantScope.tenant(
        t.id(),
        () -> {
          table.add(
              row(
                  "overview: summaries() + domainNow x 4",
                  "4 x 15 domain minutes",
                  () -> {
                    overview.summaries();
                    Arrays.stream(SmartDomain.values()).forEach(metrics::domainNow);
                    return null;
                  }));
          for (TimeRange range : TimeRange.values()) {
            int points =
                metrics.domainSeries(SmartDomain.SMART_TRANSPORTATION, range).points().size();
            table.add(
                row(
                    "dashboard " + range.label() + ": domainSeries + inventory + p95LastHour",
                    points + " domain buckets",
                    () -> {
                      metrics.domainSeries(SmartDomain.SMART_TRANSPORTATION, range);
                      overview.inventory(SmartDomain.SMART_TRANSPORTATION);
                      metrics.p95LastHour(SmartDomain.SMART_TRANSPORTATION);
                      return null;
                    }));
            table.add(
                row(
                    "  domainSeries " + range.label() + " alone",
                    points + " rows",
                    () -> metrics.domainSeries(SmartDomain.SMART_TRANSPORTATION, range)));
          }
          return null;
        });
    table.add(
        row(
            "baseline: 7 d from per-series hours (no domain roll-up)",
            Sql.count(
                    "SELECT count(*) FROM metric_hours WHERE tenant_id = ? AND domain ="
                        + " 'SMART_TRANSPORTATION'",
                    t.id())
                + " rows",
            () ->
                Sql.count(
                    "SELECT count(*) FROM (SELECT bucket, sum(requests) FROM metric_hours WHERE"
                        + " tenant_id = ? AND domain = 'SMART_TRANSPORTATION' AND bucket >= now() -"
                        + " interval '7 days' GROUP BY bucket) b",
                    t.id())));
    table.add(
        row(
            "baseline: 7 d from the domain roll-up (same query shape)",
            "168 rows",
            () ->
                Sql.count(
                    "SELECT count(*) FROM (SELECT bucket, sum(requests) FROM metric_domain_hours"
                        + " WHERE tenant_id = ? AND domain = 'SMART_TRANSPORTATION' AND bucket >="
                        + " now() - interval '7 days' GROUP BY bucket) b",
                    t.id())));
    LOG.info("BENCH results (server-side, warm, " + RUNS + " runs)\n" + String.join("\n", table));
  }

  private static String row(String what, String rows, Supplier<Object> work) {
    for (int i = 0; i < 3; i++) {
      work.get();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return String.format(
        "| %s | %s | %.1f | %.1f |",
        what, rows, nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
  }
}
