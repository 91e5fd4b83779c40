package io.edgewise.deployment;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The caller's tenant's deployments. */
@ApplicationScoped
public class DeploymentRepository extends TenantOwnedRepository<Deployment> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("name", "status", "strategy", "latencySloMs", "createdAt");

  @Override
  protected String noun() {
    return "deployment";
  }

  public PageResult<Deployment> page(DeploymentFilter filter, PageRequest params) {
    Conditions where =
        new Conditions()
            .equal("status", filter.status())
            .equal("strategy", filter.strategy())
            .equal("fleetId", filter.fleetId())
            .equal("modelVersionId", filter.modelVersionId())
            .when(
                filter.siteId(),
                "id in (select d.id from Deployment d join d.targetSites t where t.siteId ="
                    + " :siteId)",
                "siteId")
            .when(
                filter.domain(),
                "fleetId in (select f.id from Fleet f where f.domain = :domain)",
                "domain")
            .when(contains(filter.text()), "lower(name) like :text escape '!'", "text");
    return PageResult.of(scoped(where, params.sort(SORTABLE, "name")), params, d -> d);
  }

  private static String contains(String text) {
    return text == null || text.isBlank() ? null : "%" + Conditions.likePrefix(text.trim(), true);
  }
}
