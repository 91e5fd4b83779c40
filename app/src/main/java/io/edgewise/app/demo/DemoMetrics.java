package io.edgewise.app.demo;

import io.edgewise.app.demo.DemoMetricCurves.Series;
import io.edgewise.base.db.TenantScope;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentFilter;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.metrics.MetricPoint;
import io.edgewise.metrics.MetricsIngestService;
import io.edgewise.tenant.TenantService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stands in for the demo agents' metric reports: when the demo tenant has no points for the last
 * hour it fills the last 7 days minute by minute (seeded, marked demo), then every minute it
 * appends the minutes since the latest one, so the overview and dashboards show live figures. Off
 * unless the demo is.
 */
@ApplicationScoped
public class DemoMetrics {

  static final Duration BACKFILL = Duration.ofDays(7);
  private static final int BATCH = 10_000;
  private static final long SEED = 20_240_607;
  private static final Logger LOG = Logger.getLogger(DemoMetrics.class);

  /** Bytes one request would send to the cloud if processed there, by device class. */
  private static final Map<String, Long> BYTES_PER_REQUEST =
      Map.of(
          "camera",
          120_000L,
          "vehicle",
          400_000L,
          "signal-controller",
          2_000L,
          "smart-meter",
          200L,
          "plc",
          60_000L,
          "battery-monitor",
          500L);

  private final Random random = new Random(SEED);

  @Inject DemoConfig config;
  @Inject TenantService tenants;
  @Inject DeploymentService deployments;
  @Inject FleetService fleets;
  @Inject MetricsIngestService ingest;

  @Scheduled(
      identity = "demo-metrics",
      every = "60s",
      delayed = "3s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (!config.enabled()) {
      return;
    }
    tenants
        .findBySlug(DemoData.SLUG)
        .ifPresent(tenant -> TenantScope.tenant(tenant.id, () -> fill(Instant.now())));
  }

  /**
   * Writes the minutes after the latest one up to the last complete minute (7 days when the last
   * hour has none); returns how many points.
   */
  public int fill(Instant now) {
    Instant last = now.truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.MINUTES);
    Optional<Instant> latest =
        ingest.latestMinute().filter(minute -> minute.isAfter(now.minus(Duration.ofHours(1))));
    Instant from =
        latest
            .map(minute -> minute.plus(1, ChronoUnit.MINUTES))
            .orElse(last.minus(BACKFILL).plus(1, ChronoUnit.MINUTES));
    List<Series> series = series();
    if (from.isAfter(last) || series.isEmpty()) {
      return 0;
    }
    long started = System.nanoTime();
    Random noise = latest.isPresent() ? random : new Random(SEED);
    List<MetricPoint> batch = new ArrayList<>(BATCH);
    int written = 0;
    for (Instant minute = from;
        !minute.isAfter(last);
        minute = minute.plus(1, ChronoUnit.MINUTES)) {
      for (Series s : series) {
        batch.add(DemoMetricCurves.minute(s, minute, noise));
      }
      if (batch.size() >= BATCH) {
        written += ingest.importDemo(batch);
        batch = new ArrayList<>(BATCH);
      }
    }
    written += ingest.importDemo(batch);
    if (latest.isEmpty()) {
      LOG.infof(
          "Filled %d demo metric points (%d series, %s to %s) in %d ms",
          written, series.size(), from, last, (System.nanoTime() - started) / 1_000_000);
    }
    return written;
  }

  private List<Series> series() {
    List<Series> series = new ArrayList<>();
    for (Deployment d :
        deployments
            .list(
                new DeploymentFilter(null, null, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE, null))
            .items()) {
      if (d.status == DeploymentStatus.PAUSED || d.status == DeploymentStatus.FAILED) {
        continue;
      }
      FleetSummary fleet = fleets.get(d.fleetId);
      double peak = Math.max(60, fleet.devices().total() * d.requestsPerDevicePerS * 60);
      long bytes = BYTES_PER_REQUEST.getOrDefault(fleet.fleet().deviceClass, 10_000L);
      List<UUID> sites =
          d.targetSites.isEmpty()
              ? List.of(fleet.fleet().siteId)
              : d.targetSites.stream().map(t -> t.siteId).toList();
      sites.forEach(
          site ->
              series.add(
                  new Series(
                      d.id, site, fleet.fleet().domain, d.strategy, d.latencySloMs, peak, bytes)));
    }
    return series;
  }
}
