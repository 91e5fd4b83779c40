package io.edgewise.metrics;

import io.edgewise.base.db.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Keeps the daily partitions of {@code metric_minutes} ahead of time: on start and hourly it
 * creates those for [today - retention, today + 2] (UTC) and drops older ones. There is no default
 * partition, so a minute outside that window cannot be stored (the ingest rules refuse it first).
 */
@ApplicationScoped
public class MetricPartitions {

  private static final Logger LOG = Logger.getLogger(MetricPartitions.class);

  @Inject MetricsIngestRepository repository;
  @Inject MetricsConfig config;

  void onStart(@Observes StartupEvent event) {
    maintain();
  }

  @Scheduled(
      identity = "metric-partitions",
      every = "1h",
      delayed = "1h",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void hourly() {
    maintain();
  }

  /**
   * Creates the partitions of the retention window and the next two days, and drops those before
   * it.
   */
  public void maintain() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate first = today.minusDays(Math.max(1, config.minuteRetention().toDays()));
    TenantScope.platform(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      int created = repository.ensurePartitions(first, today.plusDays(2));
                      int dropped = repository.dropPartitionsBefore(first);
                      if (created + dropped > 0) {
                        LOG.infof(
                            "Metric partitions: created %d, dropped %d (keeping %s..%s)",
                            created, dropped, first, today.plusDays(2));
                      }
                    }));
  }
}
