package io.edgewise.security;

import io.edgewise.base.db.TenantScope;
import io.edgewise.base.persistence.TenantContext;
import io.quarkus.arc.Arc;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** The caller of the current request. */
@ApplicationScoped
public class CurrentCaller implements TenantContext {

  @Inject CurrentIdentityAssociation identity;

  /** The authenticated caller; 401 when the request carries no credentials. */
  public Caller get() {
    return find().orElseThrow(UnauthorizedException::new);
  }

  /** Empty for anonymous requests and for background work running outside any request. */
  public Optional<Caller> find() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    return CallerIdentities.caller(identity.getIdentity());
  }

  /**
   * The tenant this work acts in: an explicit {@link TenantScope} (background work), else the
   * caller's; 403 for callers that act in no tenant (platform administrators).
   */
  @Override
  public UUID tenantId() {
    return currentTenant()
        .orElseThrow(
            () -> {
              find().orElseThrow(UnauthorizedException::new);
              return new ForbiddenException("this operation acts inside a tenant");
            });
  }

  @Override
  public Optional<UUID> currentTenant() {
    Optional<UUID> scoped = TenantScope.current().flatMap(TenantScope.Binding::tenantId);
    return scoped.isPresent() ? scoped : find().flatMap(Caller::tenantId);
  }

  /** The actor to record in the audit log. */
  public String name() {
    return find().map(Caller::name).orElse("system");
  }

  @Override
  public String actorName() {
    return name();
  }
}
