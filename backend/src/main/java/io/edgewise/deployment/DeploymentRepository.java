package io.edgewise.deployment;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.edgewise.fleet.SmartDomain;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** The caller's tenant's deployments. */
@ApplicationScoped
public class DeploymentRepository extends TenantOwnedRepository<Deployment> {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "name",
          "name",
          "status",
          "status",
          "strategy",
          "strategy",
          "latencySloMs",
          "latencySloMs",
          "createdAt",
          "createdAt");

  /**
   * Optional list filters; null fields (and blank text) do not filter.
   *
   * @param domain the smart domain of the deployment's fleet
   * @param text a case-insensitive part of the deployment's name
   */
  public record Filter(
      DeploymentStatus status,
      Strategy strategy,
      UUID fleetId,
      UUID modelVersionId,
      UUID siteId,
      SmartDomain domain,
      String text) {

    public Filter(
        DeploymentStatus status,
        Strategy strategy,
        UUID fleetId,
        UUID modelVersionId,
        UUID siteId) {
      this(status, strategy, fleetId, modelVersionId, siteId, null, null);
    }
  }

  @Override
  protected String noun() {
    return "deployment";
  }

  public PageResult<Deployment> page(Filter filter, PageRequest params) {
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
