package io.edgewise.security;

import static io.restassured.RestAssured.given;

import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each role may write: the forbidden case is asserted next to the allowed one. */
@QuarkusTest
class RoleMatrixTest {

  private static TenantWorld w;

  /** Created on first use: the app (and its random port) only exists once a test runs. */
  @BeforeEach
  void world() {
    if (w == null) {
      w = TenantWorld.create("roles");
    }
  }

  private record Write(String path, Object body) {}

  private static List<Write> operatorWrites(String suffix) {
    return List.of(
        new Write("/api/v1/fleets", TenantWorld.fleet("fleet-" + suffix, w.site())),
        new Write("/api/v1/fleets/" + w.fleet() + "/devices", TenantWorld.device("dev-" + suffix)),
        new Write("/api/v1/models", TenantWorld.model("model-" + suffix)),
        new Write(
            "/api/v1/deployments",
            TenantWorld.deployment("dep-" + suffix, w.version(), w.fleet(), w.site())));
  }

  private static List<Write> adminWrites(String suffix) {
    return List.of(
        new Write("/api/v1/sites", TenantWorld.site("site-" + suffix)),
        new Write("/api/v1/nodes", TenantWorld.node("node-" + suffix, w.site())),
        new Write(
            "/api/v1/users",
            Map.of(
                "email",
                "user-" + suffix + "@" + w.tenant().slug() + ".test",
                "password",
                TestTenant.PASSWORD,
                "role",
                "VIEWER")),
        new Write("/api/v1/tokens", Map.of("name", "token-" + suffix, "role", "VIEWER")));
  }

  @Test
  void viewerReadsEverythingAndWritesNothing() {
    for (String path : TenantWorld.RESOURCE_LISTS) {
      w.tenant().viewer().get(path).then().statusCode(200);
    }
    for (Write write : concat(operatorWrites("viewer"), adminWrites("viewer"))) {
      post(w.tenant().viewer(), write).then().statusCode(403);
    }
    w.tenant().viewer().delete("/api/v1/sites/" + w.site()).then().statusCode(403);
    w.tenant().viewer().delete("/api/v1/deployments/" + w.deployment()).then().statusCode(403);
  }

  @Test
  void operatorManagesFleetsModelsAndDeploymentsButNotSitesNodesUsersOrTokens() {
    for (Write write : operatorWrites("operator")) {
      post(w.tenant().operator(), write).then().statusCode(201);
    }
    for (Write write : adminWrites("operator")) {
      post(w.tenant().operator(), write).then().statusCode(403);
    }
    w.tenant().operator().get("/api/v1/users").then().statusCode(403);
    w.tenant().operator().get("/api/v1/tokens").then().statusCode(403);
  }

  @Test
  void adminMayDoAllOfIt() {
    for (Write write : concat(operatorWrites("admin"), adminWrites("admin"))) {
      post(w.tenant().admin(), write).then().statusCode(201);
    }
  }

  @Test
  void agentTokensOnlySpeakTheAgentProtocol() {
    String agent = w.tenant().token("AGENT");
    given().header("Authorization", "Bearer " + agent).get("/api/v1/sites").then().statusCode(403);
    given()
        .header("Authorization", "Bearer " + agent)
        .contentType("application/json")
        .body(TenantWorld.fleet("agent-fleet", w.site()))
        .post("/api/v1/fleets")
        .then()
        .statusCode(403);
    w.tenant()
        .operator()
        .body(Map.of("agentId", "x", "site", w.siteName(), "cpuCores", 1, "memoryMib", 1024))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(403);
  }

  @Test
  void anonymousCallersGet401Everywhere() {
    for (String path :
        Stream.of(
                TenantWorld.RESOURCE_LISTS,
                TenantWorld.ADMIN_LISTS,
                List.of("/api/v1/tenants", "/api/v1/me"))
            .flatMap(List::stream)
            .toList()) {
      given().get(path).then().statusCode(401);
    }
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(401);
  }

  private static Response post(RequestSpecification spec, Write write) {
    return spec.body(write.body()).post(write.path());
  }

  private static List<Write> concat(List<Write> first, List<Write> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
