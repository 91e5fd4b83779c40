package io.edgewise.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's drift records (V19 {@code deployment_drift}): measured scales and when drift last
 * asked for a re-plan; every query names the tenant, and row-level security checks it again.
 */
@ApplicationScoped
public class DriftRepository {

  private static final String LAST_REQUEST =
      "SELECT replan_requested_at FROM deployment_drift WHERE tenant_id = :tenant"
          + " AND deployment_id = :deployment";

  private static final String RECORD =
      "INSERT INTO deployment_drift (tenant_id, deployment_id, edge_scale, device_scale, reason,"
          + " detected_at, replan_requested_at) VALUES (:tenant, :deployment, :edge, :device,"
          + " :reason, now(), now()) ON CONFLICT (tenant_id, deployment_id) DO UPDATE SET"
          + " edge_scale = EXCLUDED.edge_scale, device_scale = EXCLUDED.device_scale,"
          + " reason = EXCLUDED.reason, detected_at = now(), replan_requested_at = now()";

  private static final String REQUEST_REPLAN =
      "SELECT CAST(request_replan(:tenant, 'DRIFT') AS text)";

  private static final String SCALES =
      "SELECT deployment_id, edge_scale, device_scale FROM deployment_drift"
          + " WHERE tenant_id = :tenant ORDER BY deployment_id";

  @Inject EntityManager em;

  /** When drift last asked for a re-plan of the deployment, if ever. */
  public Optional<Instant> lastReplanRequest(UUID tenantId, UUID deploymentId) {
    List<?> rows =
        em.createNativeQuery(LAST_REQUEST)
            .setParameter("tenant", tenantId)
            .setParameter("deployment", deploymentId)
            .getResultList();
    return rows.stream().findFirst().map(DriftRepository::instant);
  }

  /** Stores the deployment's new scales and asks for a re-plan of its tenant (trigger DRIFT). */
  public void recordAndRequestReplan(UUID tenantId, MeasuredScale scale, String reason) {
    em.createNativeQuery(RECORD)
        .setParameter("tenant", tenantId)
        .setParameter("deployment", scale.deploymentId())
        .setParameter("edge", scale.edge())
        .setParameter("device", scale.device())
        .setParameter("reason", reason)
        .executeUpdate();
    em.createNativeQuery(REQUEST_REPLAN).setParameter("tenant", tenantId).getSingleResult();
  }

  /** The measured scale of every deployment of the tenant that drifted, by deployment id. */
  public List<MeasuredScale> scales(UUID tenantId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SCALES).setParameter("tenant", tenantId).getResultList();
    return rows.stream()
        .map(
            r ->
                new MeasuredScale(
                    (UUID) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
