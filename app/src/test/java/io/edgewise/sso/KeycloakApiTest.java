package io.edgewise.sso;

import static io.edgewise.sso.KeycloakTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API with tokens from a real Keycloak: integrations (client credentials) and people
 * (their access tokens) land in the tenant their token names with the role it holds, and nothing
 * else; local accounts and {@code ew_} API tokens keep working next to OIDC.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakApiTest {

  private KeycloakServer keycloak;

  @BeforeEach
  void keycloak() {
    keycloak = KeycloakTenants.ready();
  }

  @Test
  void clientCredentialsTokenListsItsOwnTenantsSitesOnly() {
    String alphaSite = site(KeycloakTenants.ALPHA);
    String betaSite = site(KeycloakTenants.BETA);
    String alpha = KeycloakTokens.clientCredentials(keycloak, "alpha-integration");

    bearer(alpha)
        .get("/api/v1/sites?size=200")
        .then()
        .statusCode(200)
        .body("items.name", hasItem(alphaSite))
        .body("items.name", not(hasItem(betaSite)));
    bearer(alpha)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("name", equalTo("client:alpha-integration"))
        .body("roles", hasItem("OPERATOR"))
        .body("roles", not(hasItem("ADMIN")));
  }

  @Test
  void tenantAlphasTokenOnTenantBetasIdsAnswers404AndChangesNothing() {
    String betaSite =
        KeycloakTenants.localAdmin(KeycloakTenants.BETA)
            .body(TenantWorld.site("beta-" + UUID.randomUUID()))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String alpha = KeycloakTokens.clientCredentials(keycloak, "alpha-integration");
    String beta = KeycloakTokens.clientCredentials(keycloak, "beta-integration");

    bearer(alpha)
        .get("/api/v1/sites/" + betaSite)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    String betaFleet =
        KeycloakTenants.localAdmin(KeycloakTenants.BETA)
            .body(TenantWorld.fleet("beta-" + UUID.randomUUID(), betaSite))
            .post("/api/v1/fleets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    bearer(alpha).get("/api/v1/fleets/" + betaFleet).then().statusCode(404);
    bearer(alpha)
        .delete("/api/v1/fleets/" + betaFleet)
        .then()
        .statusCode(404); // an operator may delete its own fleets
    bearer(beta)
        .get("/api/v1/sites/" + betaSite)
        .then()
        .statusCode(200)
        .body("id", equalTo(betaSite));
    bearer(beta).get("/api/v1/fleets/" + betaFleet).then().statusCode(200);
  }

  @Test
  void expiredTokenAnswers401() {
    String shortLived =
        KeycloakTokens.clientCredentials(
            keycloak, "alpha-short-lived"); // the client's tokens live 2 s
    bearer(shortLived).get("/api/v1/sites").then().statusCode(200);
    KeycloakServer.sleep(Duration.ofSeconds(4));
    bearer(shortLived)
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void tamperedTokenAnswers401() {
    String alpha = KeycloakTokens.clientCredentials(keycloak, "alpha-integration");
    bearer(alpha).get("/api/v1/sites").then().statusCode(200);
    String otherTenant =
        KeycloakTokens.withClaimChanged(alpha, "\"tenant\":\"kc-alpha\"", "\"tenant\":\"kc-beta\"");
    assertThat(otherTenant).isNotEqualTo(alpha);
    bearer(otherTenant)
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    String badSignature =
        alpha.substring(0, alpha.length() - 4) + (alpha.endsWith("AAAA") ? "BBBB" : "AAAA");
    bearer(badSignature).get("/api/v1/sites").then().statusCode(401);
  }

  @Test
  void viewersTokenReadsButCannotWriteWhileAnAdminsTokenCan() {
    String viewer = KeycloakTokens.password(keycloak, "victor@alpha.test", "victor-password-1");
    bearer(viewer).get("/api/v1/sites").then().statusCode(200);
    bearer(viewer)
        .body(TenantWorld.site("viewer-" + UUID.randomUUID()))
        .post("/api/v1/sites")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    String admin = KeycloakTokens.password(keycloak, "bianca@beta.test", "bianca-password-1");
    bearer(admin)
        .body(TenantWorld.site("admin-" + UUID.randomUUID()))
        .post("/api/v1/sites")
        .then()
        .statusCode(201);
  }

  @Test
  void tokenNamingNoKnownTenantOrNoRoleAnswers401NeverADefaultTenant() {
    bearer(KeycloakTokens.clientCredentials(keycloak, "nowhere-integration"))
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    bearer(KeycloakTokens.password(keycloak, "rolf@alpha.test", "rolf-password-1"))
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void firstSignInProvisionsThePersonAndARoleChangeAppliesWithTheNextToken() {
    String before = KeycloakTokens.password(keycloak, "rita@alpha.test", "rita-password-1");
    bearer(before)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("name", equalTo("rita@alpha.test"))
        .body("roles", not(hasItem("OPERATOR")));
    KeycloakTenants.localAdmin(KeycloakTenants.ALPHA)
        .get("/api/v1/users?size=200")
        .then()
        .statusCode(200)
        .body("items.find { it.email == 'rita@alpha.test' }.role", equalTo("VIEWER"));
    bearer(before)
        .body(TenantWorld.fleet("rita-" + UUID.randomUUID(), firstSite(before)))
        .post("/api/v1/fleets")
        .then()
        .statusCode(403);

    KeycloakTokens.changeRealmRole(
        keycloak, "rita@alpha.test", "edgewise-viewer", "edgewise-operator");
    String after = KeycloakTokens.password(keycloak, "rita@alpha.test", "rita-password-1");
    bearer(after).get("/api/v1/me").then().statusCode(200).body("roles", hasItem("OPERATOR"));
    bearer(after)
        .body(TenantWorld.fleet("rita-" + UUID.randomUUID(), firstSite(after)))
        .post("/api/v1/fleets")
        .then()
        .statusCode(201);
    KeycloakTenants.localAdmin(KeycloakTenants.ALPHA)
        .get("/api/v1/users?size=200")
        .then()
        .statusCode(200)
        .body("items.find { it.email == 'rita@alpha.test' }.role", equalTo("OPERATOR"));
  }

  @Test
  void localAccountsAndApiTokensStillWorkWithOidcOn() {
    TestTenant t = TestTenant.create("kc-local");
    t.viewer().get("/api/v1/sites").then().statusCode(200);
    String token = t.token("VIEWER");
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("tenantId", equalTo(t.id().toString()));
    given()
        .header("Authorization", "Bearer ew_not-a-real-token")
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .preemptive()
        .basic(t.viewerEmail(), "wrong-password")
        .get("/api/v1/sites")
        .then()
        .statusCode(401);
    given().get("/api/v1/sites").then().statusCode(401).contentType("application/problem+json");
  }

  private static String site(String slug) {
    String name = "site-" + slug + "-" + UUID.randomUUID().toString().substring(0, 8);
    KeycloakTenants.localAdmin(slug)
        .body(TenantWorld.site(name))
        .post("/api/v1/sites")
        .then()
        .statusCode(201);
    return name;
  }

  private static String firstSite(String token) {
    List<String> ids =
        bearer(token).get("/api/v1/sites").then().statusCode(200).extract().path("items.id");
    return ids.isEmpty()
        ? KeycloakTenants.localAdmin(KeycloakTenants.ALPHA)
            .body(TenantWorld.site("rita-" + UUID.randomUUID()))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id")
        : ids.get(0);
  }
}
