package io.edgewise.planning;

import io.edgewise.base.db.TenantScope;
import io.edgewise.base.error.NotFound;
import io.edgewise.base.persistence.TenantContext;
import io.edgewise.metrics.MetricsPushed;
import io.edgewise.planning.PlanningService.DeploymentPlan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Checks each deployment of a stored metrics push against its latest plan; on drift it stores the
 * measured scales and asks for a re-plan (trigger DRIFT, debounced by {@link PlanningRequests}), at
 * most once per {@link DriftConfig#replanInterval()} per deployment so that a re-plan that cannot
 * fix the drift does not loop.
 */
@ApplicationScoped
public class DriftWatch {

  private static final Logger LOG = Logger.getLogger(DriftWatch.class);

  @Inject PlanningService planning;
  @Inject PredictionComparisons comparisons;
  @Inject DriftRepository drift;
  @Inject DriftConfig config;
  @Inject TenantContext tenant;

  Clock clock = Clock.systemUTC();

  void onPushed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MetricsPushed pushed) {
    TenantScope.tenant(
        pushed.tenantId(),
        () -> {
          for (UUID deploymentId : pushed.deploymentIds()) {
            try {
              QuarkusTransaction.requiringNew().call(() -> check(deploymentId));
            } catch (RuntimeException e) {
              // the push is stored already; a failed check is retried with the next push
              LOG.warnf(e, "Checking deployment %s for drift failed", deploymentId);
            }
          }
          return null;
        });
  }

  /** Checks one deployment of the current tenant; returns whether it asked for a re-plan. */
  boolean check(UUID deploymentId) {
    DeploymentPlan plan;
    try {
      plan = planning.forDeployment(deploymentId);
    } catch (NotFound e) {
      return false; // not planned yet: nothing to compare with
    }
    PredictionComparison c = comparisons.compare(plan, config.window());
    if (!c.drift() || recentlyRequested(c)) {
      return false;
    }
    MeasuredScale current = plan.plan().inputs.measuredScale(deploymentId);
    MeasuredScale next = DriftScales.next(deploymentId, current, c, config.minRequests());
    String reason = reason(c);
    drift.recordAndRequestReplan(tenant.tenantId(), next, reason);
    LOG.infof(
        "Deployment %s drifted from its plan (%s); re-plan requested with edge x%.2f, device x%.2f",
        deploymentId, reason, next.edge(), next.device());
    return true;
  }

  private boolean recentlyRequested(PredictionComparison c) {
    return c.driftReplanRequestedAt() != null
        && c.driftReplanRequestedAt().isAfter(clock.instant().minus(config.replanInterval()));
  }

  /** What drifted, e.g. "EDGE +100%, p95 +40%". */
  static String reason(PredictionComparison c) {
    String segments =
        c.segments().stream()
            .filter(SegmentComparison::drift)
            .map(
                s -> String.format(Locale.ROOT, "%s %+.0f%%", s.segment(), 100 * s.relativeError()))
            .collect(Collectors.joining(", "));
    String p95 =
        c.p95Drift() ? String.format(Locale.ROOT, "p95 %+.0f%%", 100 * c.p95RelativeError()) : "";
    return segments.isEmpty() ? p95 : p95.isEmpty() ? segments : segments + ", " + p95;
  }
}
