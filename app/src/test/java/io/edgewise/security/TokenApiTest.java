package io.edgewise.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenApiTest {

  @Test
  void tokenSecretIsShownOnceStoredHashedAndWorksAsBearer() {
    TestTenant t = TestTenant.create("tokens");
    var created =
        t.admin()
            .body(Map.of("name", "ci", "role", "OPERATOR"))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .body("token", startsWith("ew_"))
            .extract();
    String secret = created.path("token");
    String id = created.path("id");
    t.admin()
        .get("/api/v1/tokens/" + id)
        .then()
        .statusCode(200)
        .body("$", not(Matchers.hasKey("token")));
    assertThat(Sql.count("select count(*) from api_tokens where token_hash = ?", secret)).isZero();
    given()
        .header("Authorization", "Bearer " + secret)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("tenantId", equalTo(t.id().toString()));
    given().header("Authorization", "Bearer " + secret).get("/api/v1/sites").then().statusCode(200);
    t.admin().get("/api/v1/tokens/" + id).then().body("lastUsedAt", notNullValue());
  }

  @Test
  void revokedAndExpiredTokensGet401() throws InterruptedException {
    TestTenant t = TestTenant.create("tokenrevoke");
    String revoked = t.token("VIEWER");
    String revokedId = t.admin().get("/api/v1/tokens").then().extract().path("items[0].id");
    given()
        .header("Authorization", "Bearer " + revoked)
        .get("/api/v1/sites")
        .then()
        .statusCode(200);
    t.admin()
        .delete("/api/v1/tokens/" + revokedId)
        .then()
        .statusCode(200)
        .body("revokedAt", notNullValue());
    given()
        .header("Authorization", "Bearer " + revoked)
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");

    String expiring =
        t.admin()
            .body(
                Map.of(
                    "name",
                    "short-lived",
                    "role",
                    "VIEWER",
                    "expiresAt",
                    Instant.now().plusSeconds(2).toString()))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    given()
        .header("Authorization", "Bearer " + expiring)
        .get("/api/v1/sites")
        .then()
        .statusCode(200);
    Thread.sleep(2_500);
    given()
        .header("Authorization", "Bearer " + expiring)
        .get("/api/v1/sites")
        .then()
        .statusCode(401);
    given().header("Authorization", "Bearer ew_forged").get("/api/v1/sites").then().statusCode(401);
  }

  @Test
  void tokenRolesBindLikeUserRoles() {
    TestTenant t = TestTenant.create("tokenroles");
    Map<String, Object> site = Map.of("name", "s", "paradigm", "FOG", "uplinkMbps", 1, "rttMs", 1);
    given()
        .header("Authorization", "Bearer " + t.token("VIEWER"))
        .contentType("application/json")
        .body(site)
        .post("/api/v1/sites")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + t.token("AGENT"))
        .get("/api/v1/sites")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + t.token("ADMIN"))
        .contentType("application/json")
        .body(site)
        .post("/api/v1/sites")
        .then()
        .statusCode(201);
  }

  @Test
  void tokensAreManagedByAdminsOnlyAndWithinTheirTenant() {
    TestTenant a = TestTenant.create("tokena");
    TestTenant b = TestTenant.create("tokenb");
    a.operator()
        .body(Map.of("name", "x", "role", "VIEWER"))
        .post("/api/v1/tokens")
        .then()
        .statusCode(403);
    a.viewer().get("/api/v1/tokens").then().statusCode(403);
    String secret = a.token("VIEWER");
    String id = a.admin().get("/api/v1/tokens").then().extract().path("items[0].id");
    b.admin().get("/api/v1/tokens/" + id).then().statusCode(404);
    b.admin().delete("/api/v1/tokens/" + id).then().statusCode(404);
    given().header("Authorization", "Bearer " + secret).get("/api/v1/sites").then().statusCode(200);
    a.admin()
        .body(Map.of("name", "past", "role", "VIEWER", "expiresAt", "2020-01-01T00:00:00Z"))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
    a.admin()
        .body(Map.of("name", "pa", "role", "PLATFORM_ADMIN"))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400);
    a.admin().get("/api/v1/tokens/" + UUID.randomUUID()).then().statusCode(404);
  }
}
