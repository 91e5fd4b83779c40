package io.edgewise.ui.site;

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
    String site = t.createSite(TenantWorld.site(siteName));
    var registered = TenantWorld.registerAgent(t.token("AGENT"), "agent-" + t.slug(), siteName);
    String credential = registered.path("credential");
    String model = t.createModel(TenantWorld.model("classifier-" + t.slug()));
    String version = t.uploadVersion(model, "2.1.0", OnnxTestModels.mlp().toByteArray());
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
    TestTenant.bearer(credential)
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
