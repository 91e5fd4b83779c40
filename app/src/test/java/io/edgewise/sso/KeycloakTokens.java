package io.edgewise.sso;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Tokens from the test Keycloak, obtained the way integrations and people get them, and calls with
 * them.
 */
final class KeycloakTokens {

  private KeycloakTokens() {}

  /** An integration's access token (client-credentials grant of its service account). */
  static String clientCredentials(KeycloakServer keycloak, String clientId) {
    return accessToken(
        keycloak.issuer() + "/protocol/openid-connect/token",
        Map.of(
            "grant_type",
            "client_credentials",
            "client_id",
            clientId,
            "client_secret",
            clientId + "-secret"));
  }

  /** A person's access token (password grant, enabled on the UI client of the test realm only). */
  static String password(KeycloakServer keycloak, String username, String password) {
    return accessToken(
        keycloak.issuer() + "/protocol/openid-connect/token",
        Map.of(
            "grant_type",
            "password",
            "client_id",
            KeycloakResource.UI_CLIENT,
            "client_secret",
            KeycloakResource.UI_SECRET,
            "username",
            username,
            "password",
            password,
            "scope",
            "openid"));
  }

  /** A request to the Edgewise API carrying {@code token}. */
  static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  /**
   * The token with its payload re-encoded after {@code from} became {@code to}: the signature no
   * longer matches.
   */
  static String withClaimChanged(String token, String from, String to) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(from, to);
    return String.join(
        ".",
        List.of(
            parts[0],
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)),
            parts[2]));
  }

  /**
   * A Keycloak administrator's token for the admin REST API (the master realm's bootstrap admin).
   */
  static String admin(KeycloakServer keycloak) {
    return accessToken(
        keycloak.base() + "/realms/master/protocol/openid-connect/token",
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "admin-cli",
            "username",
            KeycloakServer.ADMIN,
            "password",
            KeycloakServer.ADMIN_PASSWORD));
  }

  /** Replaces {@code username}'s Edgewise realm role in Keycloak, as an administrator would. */
  static void changeRealmRole(KeycloakServer keycloak, String username, String from, String to) {
    String admin = admin(keycloak);
    String realm = keycloak.base() + "/admin/realms/" + KeycloakServer.REALM;
    String id =
        given()
            .auth()
            .oauth2(admin)
            .queryParam("username", username)
            .queryParam("exact", true)
            .get(realm + "/users")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    Map<String, Object> oldRole = realmRole(admin, realm, from);
    Map<String, Object> newRole = realmRole(admin, realm, to);
    roleMapping(admin, oldRole)
        .delete(realm + "/users/" + id + "/role-mappings/realm")
        .then()
        .statusCode(204);
    roleMapping(admin, newRole)
        .post(realm + "/users/" + id + "/role-mappings/realm")
        .then()
        .statusCode(204);
  }

  /** Posts {@code form} to a token endpoint and returns the access token it grants. */
  private static String accessToken(String tokenEndpoint, Map<String, String> form) {
    return given()
        .formParams(form)
        .post(tokenEndpoint)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> realmRole(String admin, String realm, String role) {
    return given()
        .auth()
        .oauth2(admin)
        .get(realm + "/roles/" + role)
        .then()
        .statusCode(200)
        .extract()
        .as(Map.class);
  }

  /** A request as the Keycloak admin whose body is the one role mapping {@code role}. */
  private static RequestSpecification roleMapping(String admin, Map<String, Object> role) {
    return given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role));
  }
}
