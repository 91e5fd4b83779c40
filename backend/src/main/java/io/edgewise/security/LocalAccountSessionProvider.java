package io.edgewise.security;

import io.edgewise.base.db.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Restores a browser session: form authentication keeps only the verified email in its encrypted
 * cookie and asks for the identity again on every request. The account is re-read each time, so a
 * disabled account or a changed role takes effect at once rather than when the cookie expires.
 */
@ApplicationScoped
public class LocalAccountSessionProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  @Inject UserRepository users;

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    String email = request.getPrincipal();
    return context.runBlocking(
        () ->
            TenantScope.platform(
                    () ->
                        QuarkusTransaction.requiringNew()
                            .call(() -> users.findByEmailAnyTenant(email)))
                .filter(user -> user.enabled)
                .map(user -> CallerIdentities.identity(user.email, user.tenantId, user.role, null))
                .orElseThrow(AuthenticationFailedException::new));
  }
}
