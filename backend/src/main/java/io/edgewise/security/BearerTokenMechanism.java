package io.edgewise.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer ew_…} API tokens and node credentials. Bearer values without
 * the Edgewise prefix are left to other mechanisms (OIDC access tokens). It runs before the OIDC
 * mechanism ({@link #getPriority}), so an {@code ew_} token is never handed to OIDC and rejected
 * there.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  private static final String SCHEME = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String header = context.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Uni.createFrom().nullItem();
    }
    String secret = header.substring(SCHEME.length()).trim();
    if (!secret.startsWith(ApiTokenService.SECRET_PREFIX)) {
      return Uni.createFrom().nullItem();
    }
    ApiTokenAuthenticationRequest request = new ApiTokenAuthenticationRequest(secret);
    return identityProviderManager.authenticate(
        HttpSecurityUtils.setRoutingContextAttribute(request, context));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"edgewise\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiTokenAuthenticationRequest.class);
  }

  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 100;
  }
}
