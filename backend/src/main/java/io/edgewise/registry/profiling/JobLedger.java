package io.edgewise.registry.profiling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The runner's writes to its claimed job, each in its own short transaction in the job's tenant
 * scope, so progress shows while the job runs. A runner writes only while the job is still its
 * attempt: a job taken over by another runner (or deleted with its version) is left alone, and the
 * runner stops.
 */
@ApplicationScoped
public class JobLedger {

  /** The job is no longer this runner's (taken over, or deleted with its version). */
  static final class ClaimLost extends RuntimeException {
    ClaimLost(String message) {
      super(message);
    }
  }

  @Inject ProfilingJobRepository jobs;

  void progress(ProfilingQueue.Claim claim, double progress, String step) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ProfilingJob job =
                  mine(claim)
                      .orElseThrow(
                          () ->
                              new ClaimLost(
                                  "profiling job "
                                      + claim.jobId()
                                      + " is no longer this runner's"));
              job.progress = Math.max(0, Math.min(1, progress));
              job.step = ProfilingJob.clip(step);
            });
  }

  void finish(ProfilingQueue.Claim claim, ProfilingState state, String step, String error) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                mine(claim)
                    .ifPresent(
                        job -> {
                          job.state = state;
                          job.progress = 1;
                          job.step = ProfilingJob.clip(step);
                          job.error = ProfilingJob.clip(error);
                          job.finishedAt = Instant.now();
                        }));
  }

  private Optional<ProfilingJob> mine(ProfilingQueue.Claim claim) {
    return jobs.findOwned(claim.jobId())
        .filter(j -> j.state == ProfilingState.RUNNING && j.attempts == claim.attempt());
  }
}
