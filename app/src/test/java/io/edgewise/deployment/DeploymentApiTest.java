package io.edgewise.deployment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.edgewise.testing.TenantWorld;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeploymentApiTest {

  @Test
  void operatorCreatesUpdatesAndDeletesADeployment() {
    TenantWorld w = TenantWorld.create("deploy");
    var t = w.tenant();
    String id =
        t.operator()
            .body(TenantWorld.deployment("cams", w.version(), w.fleet(), w.site()))
            .post("/api/v1/deployments")
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("strategy", equalTo("AUTO"))
            .body("objective", equalTo("MIN_LATENCY"))
            .body("requestsPerDevicePerS", equalTo(1.0f))
            .body("targetSiteIds", contains(w.site()))
            .extract()
            .path("id");

    Map<String, Object> changed =
        new HashMap<>(TenantWorld.deployment("cams", w.version(), w.fleet(), w.site()));
    changed.put("strategy", "SPLIT");
    changed.put("latencySloMs", 50);
    changed.put("status", "PAUSED");
    t.operator()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/deployments/" + id)
        .then()
        .statusCode(200)
        .body("strategy", equalTo("SPLIT"))
        .body("latencySloMs", equalTo(50.0f))
        .body("status", equalTo("PAUSED"));
    t.operator()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/deployments/" + id)
        .then()
        .statusCode(412);

    t.viewer()
        .queryParam("strategy", "split")
        .get("/api/v1/deployments")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    t.viewer()
        .queryParam("siteId", w.site())
        .get("/api/v1/deployments")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2));
    t.viewer()
        .queryParam("status", "ACTIVE")
        .get("/api/v1/deployments")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    t.viewer()
        .queryParam("siteId", "nope")
        .get("/api/v1/deployments")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("siteId"));

    t.operator().delete("/api/v1/deployments/" + id).then().statusCode(204);
    t.viewer().get("/api/v1/deployments/" + id).then().statusCode(404);
  }

  @Test
  void targetSitesDefaultToTheFleetsHomeSite() {
    TenantWorld w = TenantWorld.create("deploydefault");
    Map<String, Object> body =
        new HashMap<>(TenantWorld.deployment("defaulted", w.version(), w.fleet(), w.site()));
    body.remove("targetSiteIds");
    body.remove("strategy");
    body.remove("replicas");
    w.tenant()
        .operator()
        .body(body)
        .post("/api/v1/deployments")
        .then()
        .statusCode(201)
        .body("targetSiteIds", contains(w.site()))
        .body("replicas", equalTo(1))
        .body("strategy", equalTo("AUTO"));
  }

  @Test
  void invalidDeploymentsNameEachField() {
    TenantWorld w = TenantWorld.create("deploybad");
    var t = w.tenant();
    t.operator()
        .body(Map.of("name", "", "latencySloMs", -5, "minAccuracy", 1.5, "replicas", 0))
        .post("/api/v1/deployments")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("latencySloMs"))
        .body("errors.field", hasItem("minAccuracy"))
        .body("errors.field", hasItem("replicas"))
        .body("errors.field", hasItem("modelVersionId"))
        .body("errors.field", hasItem("fleetId"));
    Map<String, Object> badStrategy =
        new HashMap<>(TenantWorld.deployment("x", w.version(), w.fleet(), w.site()));
    badStrategy.put("strategy", "EVERYWHERE");
    t.operator()
        .body(badStrategy)
        .post("/api/v1/deployments")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("strategy"));
    t.operator()
        .body(TenantWorld.deployment("ghost", UUID.randomUUID().toString(), w.fleet(), w.site()))
        .post("/api/v1/deployments")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("modelVersionId"));
    t.operator()
        .body(TenantWorld.deployment("dep-" + t.slug(), w.version(), w.fleet(), w.site()))
        .post("/api/v1/deployments")
        .then()
        .statusCode(409);
  }

  @Test
  void referencedVersionsFleetsAndSitesCannotBeDeleted() {
    TenantWorld w = TenantWorld.create("deployrefs");
    var t = w.tenant();
    t.operator()
        .delete("/api/v1/models/" + w.model() + "/versions/" + w.version())
        .then()
        .statusCode(409);
    t.operator().delete("/api/v1/fleets/" + w.fleet()).then().statusCode(409);
    t.admin().delete("/api/v1/sites/" + w.site()).then().statusCode(409);
    t.operator().delete("/api/v1/deployments/" + w.deployment()).then().statusCode(204);
    t.operator()
        .get("/api/v1/models/" + w.model() + "/versions/" + w.version())
        .then()
        .statusCode(200);
    t.operator().get("/api/v1/fleets/" + w.fleet()).then().statusCode(200);
  }
}
