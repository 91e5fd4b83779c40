package io.edgewise.registry;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.Conditions;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.edgewise.fleet.SmartDomain;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The caller's tenant's models. */
@ApplicationScoped
public class ModelRepository extends TenantOwnedRepository<Model> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("name", "task", "family", "domain", "createdAt", "updatedAt");

  @Override
  protected String noun() {
    return "model";
  }

  /** Models filtered by family, domain and a case-insensitive name prefix; each filter optional. */
  public PageResult<Model> page(
      ModelFamily family, SmartDomain domain, String namePrefix, PageRequest params) {
    String prefix =
        namePrefix == null || namePrefix.isBlank()
            ? null
            : Conditions.likePrefix(namePrefix.trim(), true);
    Conditions where =
        new Conditions()
            .equal("family", family)
            .equal("domain", domain)
            .when(prefix, "lower(name) like :prefix escape '!'", "prefix");
    return PageResult.of(scoped(where, params.sort(SORTABLE, "name")), params, m -> m);
  }
}
