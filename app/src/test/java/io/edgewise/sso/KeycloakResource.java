package io.edgewise.sso;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application at the test Keycloak: setting the issuer is all it takes to turn OIDC on.
 * When Keycloak cannot run here the application starts without OIDC and the tests skip ({@link
 * KeycloakServer#require}).
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  static final String UI_CLIENT = "edgewise-ui";
  static final String UI_SECRET = "edgewise-ui-test-secret";

  @Override
  public Map<String, String> start() {
    KeycloakServer server = KeycloakServer.startOnce();
    if (server == null) {
      return Map.of();
    }
    return Map.of(
        "quarkus.oidc.auth-server-url", server.issuer(),
        "quarkus.oidc.client-id", UI_CLIENT,
        "quarkus.oidc.credentials.secret", UI_SECRET);
  }

  @Override
  public void stop() {
    KeycloakServer.stopRunning();
  }
}
