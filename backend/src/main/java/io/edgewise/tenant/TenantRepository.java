package io.edgewise.tenant;

import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tenants; listing all of them only works in platform scope, where row-level security lets it. */
@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, UUID> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("slug", "name", "createdAt");

  public Optional<Tenant> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  public PageResult<Tenant> page(PageRequest params) {
    return PageResult.of(findAll(params.sort(SORTABLE, "slug")), params, t -> t);
  }
}
