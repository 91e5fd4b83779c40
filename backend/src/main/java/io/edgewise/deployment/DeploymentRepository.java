package io.edgewise.deployment;

import io.edgewise.base.api.PageParams;
import io.edgewise.base.api.PageResult;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The caller's tenant's deployments. */
@ApplicationScoped
public class DeploymentRepository extends TenantOwnedRepository<Deployment> {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "name", "status", "status", "strategy", "strategy", "latencySloMs", "latencySloMs", "createdAt", "createdAt");

  /** Optional list filters; null fields do not filter. */
  public record Filter(DeploymentStatus status, Strategy strategy, UUID fleetId, UUID modelVersionId, UUID siteId) {}

  @Override
  protected String noun() {
    return "deployment";
  }

  public PageResult<Deployment> page(Filter filter, PageParams params) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> args = new HashMap<>();
    condition(where, args, "status", filter.status());
    condition(where, args, "strategy", filter.strategy());
    condition(where, args, "fleetId", filter.fleetId());
    condition(where, args, "modelVersionId", filter.modelVersionId());
    if (filter.siteId() != null) {
      where.append(" and id in (select d.id from Deployment d join d.targetSites t where t.siteId = :siteId)");
      args.put("siteId", filter.siteId());
    }
    return PageResult.of(scoped(where.toString(), args, params.sort(SORTABLE, "name")), params, d -> d);
  }

  private static void condition(StringBuilder where, Map<String, Object> args, String field, Object value) {
    if (value != null) {
      where.append(" and ").append(field).append(" = :").append(field);
      args.put(field, value);
    }
  }
}
