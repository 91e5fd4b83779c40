package io.edgewise.planning;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** The caller's tenant's plans, newest first. */
@ApplicationScoped
public class PlanRepository extends TenantOwnedRepository<Plan> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("createdAt", "sloAttainment");

  /**
   * One planner per tenant at a time, across instances: a transaction-scoped advisory lock on the
   * tenant.
   */
  private static final String LOCK =
      "SELECT true FROM pg_advisory_xact_lock(hashtextextended('edgewise-plan:' || :tenant, 0))";

  private static final String PRUNE =
      "DELETE FROM plans WHERE tenant_id = :tenant AND id NOT IN (SELECT id FROM plans WHERE"
          + " tenant_id = :tenant ORDER BY created_at DESC, id DESC LIMIT :keep)";

  /**
   * A request older than this plan's transaction is answered by the plan; one claimed by a
   * re-planner is left to it.
   */
  private static final String SETTLE =
      "DELETE FROM planning_requests WHERE tenant_id = :tenant AND claimed_at IS NULL AND"
          + " last_requested_at <= now()";

  @Override
  protected String noun() {
    return "plan";
  }

  public Optional<Plan> latest() {
    return scoped("", Map.of(), Sort.descending("createdAt", "id")).firstResultOptional();
  }

  public PageResult<Plan> page(PageRequest params) {
    return PageResult.of(scoped("", Map.of(), params.sort(SORTABLE, "-createdAt")), params, p -> p);
  }

  /**
   * Waits for any other planner of this tenant to commit, then holds the lock until this
   * transaction ends.
   */
  public void lockTenant() {
    getEntityManager()
        .createNativeQuery(LOCK)
        .setParameter("tenant", tenantId().toString())
        .getSingleResult();
  }

  /**
   * Drops the tenant's pending re-planning request when this plan already reflects every change it
   * stands for.
   */
  public void settleRequests() {
    getEntityManager().createNativeQuery(SETTLE).setParameter("tenant", tenantId()).executeUpdate();
  }

  /** Deletes all but the {@code keep} newest plans (their entries and GPUs go with them). */
  public int prune(int keep) {
    return getEntityManager()
        .createNativeQuery(PRUNE)
        .setParameter("tenant", tenantId())
        .setParameter("keep", keep)
        .executeUpdate();
  }
}
