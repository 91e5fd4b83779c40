package io.edgewise.planning;

import io.edgewise.registry.OnnxTestModels;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant ready to plan, built through the API: one MEC site, {@code nodes} ONLINE nodes with one
 * L4-class GPU each (15,360 MiB, 65 TFLOPS), a fleet of ten cameras (2 GFLOPS, 50 Mbit/s, 5 ms),
 * and a model version with a three-layer profile of 6.1 GFLOP whose loaded form needs {@code
 * memoryMib}.
 */
record PlanningWorld(
    TestTenant tenant,
    String site,
    List<String> nodes,
    List<String> credentials,
    String fleet,
    String model,
    String version) {

  static PlanningWorld create(String prefix, int nodes, long memoryMib) {
    TestTenant t = TestTenant.create(prefix);
    String site =
        t.createSite(Map.of("name", "edge-a", "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 10));
    String agentToken = t.token("AGENT");
    List<String> nodeIds = new ArrayList<>();
    List<String> credentials = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      var registered =
          TestTenant.registerAgent(
              agentToken,
              Map.of(
                  "agentId",
                  "m-" + n,
                  "site",
                  "edge-a",
                  "cpuCores",
                  8,
                  "memoryMib",
                  32_768,
                  "gpus",
                  List.of(
                      Map.of(
                          "index",
                          0,
                          "vendor",
                          "NVIDIA",
                          "model",
                          "L4",
                          "memoryMib",
                          15_360,
                          "peakTflops",
                          65.0))));
      nodeIds.add(registered.path("nodeId"));
      credentials.add(registered.path("credential"));
      heartbeat(registered.path("credential"));
    }
    String fleet = t.createFleet(TenantWorld.cameraFleet("cams", site));
    t.importDevices(fleet, TenantWorld.cameras(10));
    String model = t.createModel(Map.of("name", "detector", "task", "detection", "family", "CNN"));
    String version = t.uploadVersion(model, "1.0", OnnxTestModels.mlp().toByteArray());
    Map<String, Object> profile =
        new HashMap<>(
            Map.of(
                "source",
                "ESTIMATED",
                "inputBytes",
                602_112,
                "memoryMib",
                memoryMib,
                "accuracy",
                0.76,
                "layers",
                List.of(
                    layer("conv", 5.0, 400_000, List.of()),
                    layer("pool", 0.1, 100_000, List.of(0)),
                    layer("fc", 1.0, 4_000, List.of(1)))));
    t.operator()
        .body(profile)
        .put("/api/v1/models/" + model + "/versions/" + version + "/profile")
        .then()
        .statusCode(200);
    return new PlanningWorld(t, site, nodeIds, credentials, fleet, model, version);
  }

  /** Creates an ACTIVE deployment of the world's version for its fleet; returns its id. */
  String deploy(String name, String strategy) {
    return deploy(name, strategy, 300);
  }

  String deploy(String name, String strategy, double sloMs) {
    return tenant.createDeployment(
        TenantWorld.activeDeployment(name, version, fleet, sloMs, strategy));
  }

  /** Computes a plan as the operator. */
  ValidatableResponse computePlan() {
    return tenant.operator().post("/api/v1/plans").then().statusCode(201);
  }

  /** Reads, as a viewer, the latest plan's entry for one deployment. */
  ValidatableResponse deploymentPlan(String deploymentId) {
    return tenant
        .viewer()
        .get("/api/v1/deployments/" + deploymentId + "/plan")
        .then()
        .statusCode(200);
  }

  static void heartbeat(String credential) {
    TestTenant.bearer(credential)
        .body(
            Map.of(
                "gpus", List.of(Map.of("index", 0, "utilizationPct", 10.0, "memoryUsedMib", 1024))))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> layer(
      String name, double gflops, long outputBytes, List<Integer> inputs) {
    return Map.of("name", name, "gflops", gflops, "outputBytes", outputBytes, "inputs", inputs);
  }
}
