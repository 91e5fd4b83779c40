package io.edgewise.security;

import io.edgewise.base.error.NotFound;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.paging.SortableFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** API tokens of the caller's tenant, plus the lookup by secret hash that authentication needs. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

  private static final Map<String, String> SORTABLE =
      SortableFields.named("name", "createdAt", "lastUsedAt");

  @Inject CurrentCaller caller;

  /** Platform scope only: the token whose secret hashes to {@code hash}, in any tenant. */
  public Optional<ApiToken> findByHashAnyTenant(String hash) {
    return find("tokenHash", hash).firstResultOptional();
  }

  public ApiToken requireOwned(UUID id) {
    return find(
            "id = :id and tenantId = :tenant",
            Parameters.with("id", id).and("tenant", caller.tenantId()))
        .firstResultOptional()
        .orElseThrow(() -> new NotFound("token " + id));
  }

  /** Integration tokens of the caller's tenant; node credentials are listed with their nodes. */
  public PageResult<ApiToken> page(boolean includeRevoked, PageRequest params) {
    String query =
        "tenantId = :tenant and nodeId is null" + (includeRevoked ? "" : " and revokedAt is null");
    return PageResult.of(
        find(query, params.sort(SORTABLE, "name"), Parameters.with("tenant", caller.tenantId())),
        params,
        t -> t);
  }

  /** Revokes every live credential of a node (it registered again, or was deleted). */
  public void revokeNodeCredentials(UUID nodeId, Instant at) {
    update(
        "revokedAt = :at where nodeId = :node and revokedAt is null",
        Parameters.with("at", at).and("node", nodeId));
  }
}
