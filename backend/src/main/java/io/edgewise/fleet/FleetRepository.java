package io.edgewise.fleet;

import io.edgewise.base.api.PageParams;
import io.edgewise.base.api.PageResult;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The caller's tenant's fleets. */
@ApplicationScoped
public class FleetRepository extends TenantOwnedRepository<Fleet> {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "name", "domain", "domain", "application", "application", "createdAt", "createdAt");

  @Override
  protected String noun() {
    return "fleet";
  }

  public PageResult<Fleet> page(SmartDomain domain, UUID siteId, Application application, PageParams params) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> args = new HashMap<>();
    if (domain != null) {
      where.append("domain = :domain");
      args.put("domain", domain);
    }
    if (siteId != null) {
      where.append(where.isEmpty() ? "" : " and ").append("siteId = :site");
      args.put("site", siteId);
    }
    if (application != null) {
      where.append(where.isEmpty() ? "" : " and ").append("application = :application");
      args.put("application", application);
    }
    return PageResult.of(scoped(where.toString(), args, params.sort(SORTABLE, "name")), params, f -> f);
  }

}
