package io.edgewise.planning;

import io.edgewise.base.db.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Re-plans tenants whose nodes went ONLINE or OFFLINE, or whose deployments or profiles changed,
 * once the changes settle (debounced). Every instance runs it; the claim in {@link
 * PlanningRequests} and the planner's per-tenant advisory lock keep one instance planning a tenant
 * at a time.
 */
@ApplicationScoped
public class Replanner {

  private static final Logger LOG = Logger.getLogger(Replanner.class);

  @Inject PlanningRequests requests;
  @Inject PlanningService planning;
  @Inject PlanningConfig config;

  @Scheduled(
      identity = "replanner",
      every = "${edgewise.planning.replan-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    runDue();
  }

  /** Plans every tenant whose request is due; returns how many were planned. */
  public int runDue() {
    int planned = 0;
    Optional<PlanningRequests.Claim> claim;
    while ((claim = claim()).isPresent()) {
      PlanningRequests.Claim c = claim.get();
      try {
        var plan = TenantScope.tenant(c.tenantId(), () -> planning.planNow(c.trigger())).plan();
        LOG.infof(
            "Re-planned tenant %s (%s): %d placed, %d unplaced, %d moved in %.0f ms",
            c.tenantId(), c.trigger(), plan.placed, plan.unplaced, plan.moved, plan.solveMs);
        TenantScope.platform(() -> QuarkusTransaction.requiringNew().run(() -> requests.finish(c)));
        planned++;
      } catch (RuntimeException e) {
        // The claim stays and is retried once it goes stale: a failing tenant backs off instead of
        // spinning.
        LOG.errorf(
            e,
            "Re-planning tenant %s failed; retrying in %s",
            c.tenantId(),
            PlanningRequests.STALE_CLAIM);
      }
    }
    return planned;
  }

  private Optional<PlanningRequests.Claim> claim() {
    return TenantScope.platform(
        () ->
            QuarkusTransaction.requiringNew()
                .call(() -> requests.claimDue(config.replanDebounce(), config.replanMaxDelay())));
  }
}
