package io.edgewise.deployment;

import io.edgewise.base.api.PageParams;
import io.edgewise.base.api.PageResult;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
    Conditions where = new Conditions().equal("status", filter.status()).equal("strategy", filter.strategy())
        .equal("fleetId", filter.fleetId()).equal("modelVersionId", filter.modelVersionId())
        .when(filter.siteId(), "id in (select d.id from Deployment d join d.targetSites t where t.siteId = :siteId)", "siteId");
    return PageResult.of(scoped(where, params.sort(SORTABLE, "name")), params, d -> d);
  }
}
