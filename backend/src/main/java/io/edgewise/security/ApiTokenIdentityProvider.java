package io.edgewise.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a live API token or node credential into the caller it stands for. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

  @Inject ApiTokenService tokens;

  @Override
  public Class<ApiTokenAuthenticationRequest> getRequestType() {
    return ApiTokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String secret = request.secret();
    return context.runBlocking(
        () ->
            tokens
                .authenticate(secret)
                .map(
                    t ->
                        CallerIdentities.identity(
                            "token:" + t.name(), t.tenantId(), t.role(), t.nodeId()))
                .orElseThrow(AuthenticationFailedException::new));
  }
}
