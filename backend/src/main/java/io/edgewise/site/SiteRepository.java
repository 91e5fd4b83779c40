package io.edgewise.site;

import io.edgewise.base.api.PageParams;
import io.edgewise.base.api.PageResult;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** The caller's tenant's sites. */
@ApplicationScoped
public class SiteRepository extends TenantOwnedRepository<Site> {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "name", "paradigm", "paradigm", "region", "region", "createdAt", "createdAt", "rttMs", "rttMs", "uplinkMbps", "uplinkMbps");

  @Override
  protected String noun() {
    return "site";
  }

  public PageResult<Site> page(Paradigm paradigm, String region, PageParams params) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> args = new HashMap<>();
    if (paradigm != null) {
      where.append("paradigm = :paradigm");
      args.put("paradigm", paradigm);
    }
    if (region != null && !region.isBlank()) {
      where.append(where.isEmpty() ? "" : " and ").append("region = :region");
      args.put("region", region);
    }
    return PageResult.of(scoped(where.toString(), args, params.sort(SORTABLE, "name")), params, s -> s);
  }

}
