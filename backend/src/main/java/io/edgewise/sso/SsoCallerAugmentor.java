package io.edgewise.sso;

import io.edgewise.base.db.TenantScope;
import io.edgewise.security.CallerIdentities;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Maps every identity Quarkus OIDC verified (a bearer token on the API, or a browser session from
 * the authorization-code flow) to an Edgewise caller through {@link CallerIdentities}, like every
 * other mechanism. Runs on each request, so the tenant and role always follow the current token.
 * Identities from other mechanisms pass through untouched; an OIDC identity that names no known
 * tenant or no Edgewise role fails authentication (401), it never falls back to a default tenant.
 */
@ApplicationScoped
public class SsoCallerAugmentor implements SecurityIdentityAugmentor {

  @Inject SsoAccounts accounts;

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    return TokenClaims.of(identity)
        .map(
            claims ->
                context.runBlocking(
                    () -> {
                      SsoCaller caller = TenantScope.platform(() -> accounts.resolve(claims));
                      return CallerIdentities.identity(
                          identity, caller.name(), caller.tenantId(), caller.role());
                    }))
        .orElseGet(() -> Uni.createFrom().item(identity));
  }
}
