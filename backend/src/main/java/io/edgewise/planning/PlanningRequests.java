package io.edgewise.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue of tenants whose plan is stale (rows written by database triggers). Runs in platform
 * scope. A claim marks one due row so that no other instance takes it; a finished claim deletes the
 * row unless a change arrived meanwhile, in which case the row stays due. Claims older than {@link
 * #STALE_CLAIM} are taken over, so a crashed instance delays a re-plan but never loses it.
 */
@ApplicationScoped
public class PlanningRequests {

  static final Duration STALE_CLAIM = Duration.ofMinutes(5);

  /**
   * A claimed request: the tenant, why, and when it was claimed (to detect changes during
   * planning).
   */
  public record Claim(UUID tenantId, PlanTrigger trigger, OffsetDateTime claimedAt) {}

  private static final String CLAIM =
      "UPDATE planning_requests SET claimed_at = clock_timestamp() WHERE tenant_id = ( SELECT"
          + " tenant_id FROM planning_requests WHERE (claimed_at IS NULL OR claimed_at <"
          + " clock_timestamp() - make_interval(secs => :stale)) AND (last_requested_at <="
          + " clock_timestamp() - make_interval(secs => :debounce) OR first_requested_at <="
          + " clock_timestamp() - make_interval(secs => :maxDelay)) ORDER BY first_requested_at"
          + " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING tenant_id, trigger, claimed_at";

  private static final String FINISH =
      "DELETE FROM planning_requests WHERE tenant_id = :tenant AND last_requested_at <= :claimedAt";

  private static final String REOPEN =
      "UPDATE planning_requests SET claimed_at = NULL, first_requested_at = last_requested_at"
          + " WHERE tenant_id = :tenant";

  @Inject EntityManager em;

  public Optional<Claim> claimDue(Duration debounce, Duration maxDelay) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CLAIM)
            .setParameter("stale", (double) STALE_CLAIM.toSeconds())
            .setParameter("debounce", debounce.toMillis() / 1000.0)
            .setParameter("maxDelay", maxDelay.toMillis() / 1000.0)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Claim((UUID) r[0], PlanTrigger.valueOf((String) r[1]), toOffset(r[2])));
  }

  /**
   * Done: forget the request, unless something changed after the claim (then it is due again after
   * the debounce).
   */
  public void finish(Claim claim) {
    int deleted =
        em.createNativeQuery(FINISH)
            .setParameter("tenant", claim.tenantId())
            .setParameter("claimedAt", claim.claimedAt())
            .executeUpdate();
    if (deleted == 0) {
      em.createNativeQuery(REOPEN).setParameter("tenant", claim.tenantId()).executeUpdate();
    }
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
