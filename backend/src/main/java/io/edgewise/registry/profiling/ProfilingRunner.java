package io.edgewise.registry.profiling;

import io.edgewise.base.db.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs queued profiling jobs outside any request, one at a time per instance, on this instance's
 * CPU. Every instance runs it; the claim in {@link ProfilingQueue} gives each job to one of them. A
 * job that throws is marked FAILED and never stops the runner or the app.
 */
@ApplicationScoped
public class ProfilingRunner {

  private static final Logger LOG = Logger.getLogger(ProfilingRunner.class);

  @Inject ProfilingQueue queue;
  @Inject VersionProfiler profiler;
  @Inject JobLedger ledger;
  @Inject ProfilingConfig config;

  @Scheduled(
      identity = "profiling-runner",
      every = "${edgewise.profiling.run-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (config.enabled()) {
      runDue();
    }
  }

  /** Runs every job that is due now; returns how many were run. */
  public int runDue() {
    int run = 0;
    Optional<ProfilingQueue.Claim> claim;
    while ((claim = claim()).isPresent()) {
      ProfilingQueue.Claim c = claim.get();
      TenantScope.tenant(
          c.tenantId(),
          () -> {
            runOne(c);
            return null;
          });
      run++;
    }
    return run;
  }

  private void runOne(ProfilingQueue.Claim c) {
    try {
      if (c.attempt() > config.maxAttempts()) {
        ledger.finish(
            c,
            ProfilingState.FAILED,
            "gave up",
            "the profiler stopped while running this job "
                + (c.attempt() - 1)
                + " times (a crash or a restart each time); queue it again to retry");
        return;
      }
      profiler.profile(c);
    } catch (JobLedger.ClaimLost e) {
      LOG.infof("Profiling job %s: %s", c.jobId(), e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      // Anything unforeseen (a native library that fails to load, say) fails this job, never the
      // runner.
      LOG.errorf(e, "Profiling job %s of version %s failed", c.jobId(), c.versionId());
      ledger.finish(
          c,
          ProfilingState.FAILED,
          "failed",
          "the profiler failed unexpectedly: " + CpuTimer.rootMessage(e));
    }
  }

  private Optional<ProfilingQueue.Claim> claim() {
    return TenantScope.platform(
        () ->
            QuarkusTransaction.requiringNew()
                .call(() -> queue.claim(config.timeLimit().multipliedBy(2))));
  }
}
