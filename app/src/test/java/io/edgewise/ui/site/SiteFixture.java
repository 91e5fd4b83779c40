package io.edgewise.ui.site;

import static io.restassured.RestAssured.given;

import io.edgewise.registry.OnnxTestModels;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant with one site and one agent-registered node (one T4 GPU) that has heartbeated once,
 * reporting one model version LOADED and one unknown version FAILED, made through the API.
 */
record SiteFixture(
    TestTenant tenant, String siteId, String siteName, String nodeId, String nodeName) {

  static SiteFixture create(String prefix) {
    TestTenant t = TestTenant.create(prefix);
    String siteName = "site-" + t.slug();
    String site =
        t.admin()
            .body(TenantWorld.site(siteName))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String agentToken = t.token("AGENT");
    String agentId = "agent-" + t.slug();
    var registered =
        given()
            .header("Authorization", "Bearer " + agentToken)
            .contentType("application/json")
            .body(
                Map.of(
                    "agentId",
                    agentId,
                    "site",
                    siteName,
                    "hostname",
                    "edge-1",
                    "cpuCores",
                    8,
                    "memoryMib",
                    32768,
                    "gpus",
                    List.of(TenantWorld.gpu())))
            .post("/api/v1/agent/register")
            .then()
            .statusCode(201)
            .extract();
    String credential = registered.path("credential");
    String model =
        t.operator()
            .body(TenantWorld.model("classifier-" + t.slug()))
            .post("/api/v1/models")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String version =
        t.operator()
            .contentType("application/octet-stream")
            .body(OnnxTestModels.mlp().toByteArray())
            .post("/api/v1/models/" + model + "/versions?label=2.1.0")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> failed =
        new HashMap<>(
            Map.of(
                "versionId",
                UUID.randomUUID().toString(),
                "sha256",
                "cd".repeat(32),
                "state",
                "FAILED",
                "error",
                "ONNX Runtime lacks operator Softsign2"));
    List<Map<String, Object>> models =
        List.of(
            Map.of(
                "versionId", version, "sha256", "ab".repeat(32), "state", "LOADED", "loadMs", 41.3),
            failed);
    given()
        .header("Authorization", "Bearer " + credential)
        .contentType("application/json")
        .body(
            Map.of(
                "gpus",
                List.of(
                    Map.of(
                        "index",
                        0,
                        "utilizationPct",
                        37.0,
                        "memoryUsedMib",
                        4096,
                        "temperatureC",
                        61.0)),
                "models",
                models))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
    String nodeName =
        t.admin()
            .get("/api/v1/nodes/" + registered.path("nodeId"))
            .then()
            .statusCode(200)
            .extract()
            .path("name");
    return new SiteFixture(t, site, siteName, registered.path("nodeId"), nodeName);
  }
}
