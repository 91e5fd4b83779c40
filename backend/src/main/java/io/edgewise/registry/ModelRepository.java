package io.edgewise.registry;

import io.edgewise.fleet.SmartDomain;
import io.edgewise.base.api.PageParams;
import io.edgewise.base.api.PageResult;
import io.edgewise.base.persistence.TenantOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The caller's tenant's models. */
@ApplicationScoped
public class ModelRepository extends TenantOwnedRepository<Model> {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "name", "task", "task", "family", "family", "domain", "domain", "createdAt", "createdAt", "updatedAt", "updatedAt");

  @Override
  protected String noun() {
    return "model";
  }

  /** Models filtered by family, domain and a case-insensitive name prefix; each filter optional. */
  public PageResult<Model> page(ModelFamily family, SmartDomain domain, String namePrefix, PageParams params) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> args = new HashMap<>();
    if (family != null) {
      where.append("family = :family");
      args.put("family", family);
    }
    if (domain != null) {
      where.append(where.isEmpty() ? "" : " and ").append("domain = :domain");
      args.put("domain", domain);
    }
    if (namePrefix != null && !namePrefix.isBlank()) {
      where.append(where.isEmpty() ? "" : " and ").append("lower(name) like :prefix escape '!'");
      args.put("prefix", likePrefix(namePrefix.trim()));
    }
    return PageResult.of(scoped(where.toString(), args, params.sort(SORTABLE, "name")), params, m -> m);
  }

  /** A LIKE pattern matching names that start with {@code prefix}, its wildcards taken literally. */
  private static String likePrefix(String prefix) {
    return prefix.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
