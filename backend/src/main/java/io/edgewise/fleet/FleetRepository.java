package io.edgewise.fleet;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** The caller's tenant's fleets. */
@ApplicationScoped
public class FleetRepository extends TenantOwnedRepository<Fleet> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("name", "domain", "application", "createdAt");

  @Override
  protected String noun() {
    return "fleet";
  }

  public PageResult<Fleet> page(
      SmartDomain domain, UUID siteId, Application application, PageRequest params) {
    Conditions where =
        new Conditions()
            .equal("domain", domain)
            .equal("siteId", siteId)
            .equal("application", application);
    return PageResult.of(scoped(where, params.sort(SORTABLE, "name")), params, f -> f);
  }
}
