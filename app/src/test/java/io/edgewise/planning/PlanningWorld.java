package io.edgewise.planning;

import io.edgewise.registry.OnnxTestModels;
import io.edgewise.registry.TestProfiles;
import io.edgewise.testing.AgentSite;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/**
 * A tenant ready to plan, built through the API: one MEC site, {@code nodes} ONLINE nodes with one
 * L4-class GPU each (15,360 MiB, 65 TFLOPS), a fleet of ten cameras (2 GFLOPS, 50 Mbit/s, 5 ms),
 * and a model version with a three-layer profile of 6.1 GFLOP whose loaded form needs {@code
 * memoryMib}.
 */
public record PlanningWorld(AgentSite edge, String fleet, String model, String version) {

  /** The L4-class GPU of every node. */
  private static final Map<String, Object> L4 =
      Map.of(
          "index", 0, "vendor", "NVIDIA", "model", "L4", "memoryMib", 15_360, "peakTflops", 65.0);

  public static PlanningWorld create(String prefix, int nodes, long memoryMib) {
    AgentSite edge =
        AgentSite.create(
            prefix,
            "edge-a",
            nodes,
            n -> TenantWorld.agent("m-" + n, "edge-a", 8, 32_768, L4),
            PlanningWorld::heartbeat);
    TestTenant t = edge.tenant();
    String fleet = t.createFleet(TenantWorld.cameraFleet("cams", edge.site()));
    t.importDevices(fleet, TenantWorld.cameras(10));
    String model = t.createModel(Map.of("name", "detector", "task", "detection", "family", "CNN"));
    String version = t.uploadVersion(model, "1.0", OnnxTestModels.mlp().toByteArray());
    Map<String, Object> profile = TestProfiles.threeLayerChain();
    profile.put("memoryMib", memoryMib);
    t.operator()
        .body(profile)
        .put("/api/v1/models/" + model + "/versions/" + version + "/profile")
        .then()
        .statusCode(200);
    return new PlanningWorld(edge, fleet, model, version);
  }

  public TestTenant tenant() {
    return edge.tenant();
  }

  List<String> nodes() {
    return edge.nodes();
  }

  public List<String> credentials() {
    return edge.credentials();
  }

  /** Creates an ACTIVE deployment of the world's version for its fleet; returns its id. */
  public String deploy(String name, String strategy) {
    return deploy(name, strategy, 300);
  }

  String deploy(String name, String strategy, double sloMs) {
    return tenant()
        .createDeployment(TenantWorld.activeDeployment(name, version, fleet, sloMs, strategy));
  }

  /** Computes a plan as the operator. */
  public ValidatableResponse computePlan() {
    return tenant().operator().post("/api/v1/plans").then().statusCode(201);
  }

  /** Reads, as a viewer, the latest plan's entry for one deployment. */
  public ValidatableResponse deploymentPlan(String deploymentId) {
    return tenant()
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
}
