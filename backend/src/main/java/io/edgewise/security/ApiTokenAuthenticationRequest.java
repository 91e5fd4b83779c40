package io.edgewise.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * An {@code ew_…} API token or node credential to check. A type of its own, not Quarkus's {@code
 * TokenAuthenticationRequest}: with OIDC enabled that type belongs to the OIDC identity provider,
 * and neither provider must ever see the other's tokens.
 */
public final class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

  private final String secret;

  public ApiTokenAuthenticationRequest(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }
}
