package io.edgewise.site;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The caller's tenant's sites. */
@ApplicationScoped
public class SiteRepository extends TenantOwnedRepository<Site> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("name", "paradigm", "region", "createdAt", "rttMs", "uplinkMbps");

  @Override
  protected String noun() {
    return "site";
  }

  public PageResult<Site> page(Paradigm paradigm, String region, PageRequest params) {
    Conditions where = new Conditions().equal("paradigm", paradigm).equal("region", region);
    return PageResult.of(scoped(where, params.sort(SORTABLE, "name")), params, s -> s);
  }
}
