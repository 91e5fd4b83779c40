package io.edgewise.registry.profiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue of profiling jobs across tenants, in platform scope (as {@code
 * planning.PlanningRequests}). A claim takes the oldest QUEUED job, or a RUNNING one whose runner
 * stopped reporting progress (it died), marks it RUNNING and counts the attempt; {@code FOR UPDATE
 * SKIP LOCKED} keeps two instances from claiming the same job.
 */
@ApplicationScoped
public class ProfilingQueue {

  /**
   * A claimed job: whose, which, of which version, and which attempt (a runner only updates its own
   * attempt).
   */
  public record Claim(UUID tenantId, UUID jobId, UUID versionId, int attempt) {}

  private static final String CLAIM =
      "UPDATE profiling_jobs SET state = 'RUNNING', attempts = attempts + 1, progress = 0, step ="
          + " 'claimed by a runner', error = NULL, started_at = clock_timestamp(), finished_at ="
          + " NULL, updated_at = clock_timestamp(), version = version + 1 WHERE id = (SELECT id"
          + " FROM profiling_jobs WHERE state = 'QUEUED' OR (state = 'RUNNING' AND updated_at <"
          + " clock_timestamp() - make_interval(secs => :stale)) ORDER BY created_at, id LIMIT 1"
          + " FOR UPDATE SKIP LOCKED) RETURNING tenant_id, id, model_version_id, attempts";

  @Inject EntityManager em;

  /**
   * Claims the next due job; {@code stale}: how long a RUNNING job may go without progress before
   * it is taken over.
   */
  public Optional<Claim> claim(Duration stale) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CLAIM)
            .setParameter("stale", stale.toMillis() / 1000.0)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Claim((UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue()));
  }
}
