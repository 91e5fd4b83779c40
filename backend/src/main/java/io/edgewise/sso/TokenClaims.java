package io.edgewise.sso;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The claims of the tokens behind an OIDC identity, looked up first in the access token (where
 * Keycloak puts realm roles) and then in the ID token (the principal of a browser session). Both
 * were verified by Quarkus OIDC (bearer) or received over the back channel from the token endpoint
 * (code flow) before an augmentor sees them, so reading their payload here needs no second
 * signature check.
 */
public final class TokenClaims {

  private final List<JsonObject> tokens;

  private TokenClaims(List<JsonObject> tokens) {
    this.tokens = tokens;
  }

  /** The claims behind {@code identity}; empty when it was not authenticated by OIDC. */
  public static Optional<TokenClaims> of(SecurityIdentity identity) {
    List<JsonObject> tokens = new ArrayList<>();
    AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
    if (access != null) {
      payload(access.getToken()).ifPresent(tokens::add);
    }
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
      payload(jwt.getRawToken()).ifPresent(tokens::add);
    }
    return tokens.isEmpty() ? Optional.empty() : Optional.of(new TokenClaims(tokens));
  }

  /** For tests: claims given directly, as one token. */
  public static TokenClaims of(JsonObject claims) {
    return new TokenClaims(List.of(claims));
  }

  /** The first non-blank string at {@code path} ({@code a/b/c} reaches into objects). */
  public Optional<String> string(String path) {
    return values(path)
        .filter(v -> v instanceof String s && !s.isBlank())
        .map(String.class::cast)
        .findFirst();
  }

  /** Every string at {@code path}, whether the claim is a single string or an array. */
  public List<String> strings(String path) {
    return values(path)
        .flatMap(v -> v instanceof JsonArray a ? a.stream() : Stream.of(v))
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .distinct()
        .collect(Collectors.toList());
  }

  private Stream<Object> values(String path) {
    return tokens.stream().map(t -> at(t, path.split("/"))).filter(v -> v != null);
  }

  private static Object at(JsonObject token, String[] steps) {
    Object current = token;
    for (String step : steps) {
      if (!(current instanceof JsonObject object)) {
        return null;
      }
      current = object.getValue(step);
    }
    return current;
  }

  private static Optional<JsonObject> payload(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty(); // opaque (not a JWT): its claims are not ours to read
    }
    try {
      return Optional.of(
          new JsonObject(
              new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
