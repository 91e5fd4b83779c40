package io.edgewise.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperabilityTest {

  @Test
  void healthIncludesTheDatabase() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")));
  }

  @Test
  void prometheusMetricsAndOpenApiAreServed() {
    given().get("/api/v1/sites").then().statusCode(401);
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", notNullValue())
        .body("paths.'/api/v1/sites'", notNullValue());
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void writesAreAudited() {
    TestTenant t = TestTenant.create("audit");
    String id =
        t.admin()
            .body(Map.of("name", "audited", "paradigm", "CLOUD", "uplinkMbps", 10, "rttMs", 1))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    t.admin()
        .queryParam("entityType", "site")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].actor", equalTo(t.adminEmail()))
        .body("items[0].action", equalTo("create"))
        .body("items[0].entityId", equalTo(id));
    t.operator().get("/api/v1/audit").then().statusCode(403);
  }

  @Test
  void oversizedJsonBodiesAreRefusedBeforeParsing() {
    TestTenant t = TestTenant.create("bigbody");
    byte[] huge = new byte[33 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    t.admin()
        .body(huge)
        .post("/api/v1/sites")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() {
    TestTenant t = TestTenant.create("paths");
    t.admin()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    t.admin()
        .body(Map.of("x", 1))
        .post("/api/v1/sites/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
    t.admin()
        .body(Map.of("name", "n", "paradigm", "FOG", "uplinkMbps", 1, "rttMs", 1, "colour", "red"))
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("colour"));
  }
}
