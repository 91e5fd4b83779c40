package io.edgewise.planning;

import io.edgewise.base.persistence.TenantContext;
import io.edgewise.metrics.MeasuredWindow;
import io.edgewise.metrics.MetricsQueryService;
import io.edgewise.planning.PlanningService.DeploymentPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Reads a deployment's latest plan entry beside what was measured since that plan within a window
 * (docs/algorithms.md, "Predicted against measured").
 */
@ApplicationScoped
public class PredictionComparisons {

  @Inject PlanningService planning;
  @Inject MetricsQueryService metrics;
  @Inject DriftRepository drift;
  @Inject DriftConfig config;
  @Inject TenantContext tenant;

  Clock clock = Clock.systemUTC();

  /** The deployment's plan and comparison; 404 as {@link PlanningService#forDeployment}. */
  @Transactional
  public Compared compare(UUID deploymentId, Duration window) {
    DeploymentPlan plan = planning.forDeployment(deploymentId);
    return new Compared(plan, compare(plan, window));
  }

  /** The window compared when none is named ({@link DriftConfig#window()}). */
  public Duration defaultWindow() {
    return config.window();
  }

  /** A deployment's plan entry with its comparison. */
  public record Compared(DeploymentPlan plan, PredictionComparison comparison) {}

  /**
   * {@code plan}'s entry against the minutes from the later of the window's start and the plan's
   * minute, to the end of the current minute.
   */
  @Transactional
  public PredictionComparison compare(DeploymentPlan plan, Duration window) {
    Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    Instant planned = plan.plan().createdAt.truncatedTo(ChronoUnit.MINUTES);
    Instant from = later(to.minus(window), planned);
    UUID deploymentId = plan.entry().deploymentId;
    MeasuredWindow measured = metrics.measured(deploymentId, from, to);
    PlanEntry entry = plan.entry();
    return new PredictionCheck(config.threshold(), config.minRequests())
        .compare(
            entry.p95Ms,
            entry.partition == null ? null : entry.partition.plan(),
            measured,
            drift.lastReplanRequest(tenant.tenantId(), deploymentId).orElse(null));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
