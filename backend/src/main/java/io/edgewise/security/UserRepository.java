package io.edgewise.security;

import io.edgewise.base.access.Role;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** Local accounts of the caller's tenant, plus the platform-wide lookup that logging in needs. */
@ApplicationScoped
public class UserRepository extends TenantOwnedRepository<User> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("email", "role", "createdAt");

  @Override
  protected String noun() {
    return "user";
  }

  /**
   * Platform-wide, case-insensitive; only meaningful in platform scope (login, uniqueness checks).
   */
  public Optional<User> findByEmailAnyTenant(String email) {
    return find("lower(email) = lower(:email)", Parameters.with("email", email))
        .firstResultOptional();
  }

  public PageResult<User> page(PageRequest params) {
    return PageResult.of(scoped("", Map.of(), params.sort(SORTABLE, "email")), params, u -> u);
  }

  public long countAdmins() {
    return scoped("role = :role and enabled = true", Map.of("role", Role.ADMIN), Sort.by("id"))
        .count();
  }
}
