package io.edgewise.audit;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.TenantContext;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Records changes and lists a tenant's history. */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEntry, Long> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("at", "actor", "entityType");

  @Inject TenantContext tenant;

  /**
   * Records a change by the current caller in their tenant; must run inside the change's
   * transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entityType, Object entityId, String summary) {
    record(
        tenant.currentTenant().orElse(null),
        tenant.actorName(),
        action,
        entityType,
        entityId,
        summary);
  }

  /**
   * Records a change made on behalf of {@code tenantId} by {@code actor} (platform and background
   * work).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      UUID tenantId,
      String actor,
      String action,
      String entityType,
      Object entityId,
      String summary) {
    AuditEntry entry = new AuditEntry();
    entry.tenantId = tenantId;
    entry.actor = actor;
    entry.action = action;
    entry.entityType = entityType;
    entry.entityId = String.valueOf(entityId);
    entry.summary = summary;
    entry.at = Instant.now();
    persist(entry);
  }

  /** The caller's tenant's history, newest first by default, optionally for one entity type. */
  @Transactional
  public PageResult<AuditEntry> list(String entityType, PageRequest page) {
    Sort sort = page.sort(SORTABLE, "-at");
    Parameters params = Parameters.with("tenant", tenant.tenantId());
    String query = "tenantId = :tenant";
    if (entityType != null && !entityType.isBlank()) {
      query += " and entityType = :type";
      params.and("type", entityType);
    }
    return PageResult.of(find(query, sort, params), page, e -> e);
  }
}
