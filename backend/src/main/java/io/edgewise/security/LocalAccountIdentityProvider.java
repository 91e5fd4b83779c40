package io.edgewise.security;

import io.edgewise.base.db.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Authenticates local accounts (HTTP Basic, and the browser login form) against their bcrypt hash.
 */
@ApplicationScoped
public class LocalAccountIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    String email = request.getUsername();
    String password = new String(request.getPassword().getPassword());
    return context.runBlocking(
        () ->
            TenantScope.platform(
                    () -> QuarkusTransaction.requiringNew().call(() -> verify(email, password)))
                .orElseThrow(AuthenticationFailedException::new));
  }

  private Optional<SecurityIdentity> verify(String email, String password) {
    return users
        .findByEmailAnyTenant(email)
        .filter(user -> user.enabled)
        .filter(user -> hasher.matches(password, user.passwordHash))
        .map(user -> CallerIdentities.identity(user.email, user.tenantId, user.role, null));
  }
}
