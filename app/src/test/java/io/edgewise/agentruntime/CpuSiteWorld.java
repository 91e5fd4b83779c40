package io.edgewise.agentruntime;

import io.edgewise.registry.RuntimeTestModels;
import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.AgentSite;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant built through the API as the agent end-to-end test (docs/agent.md) has it: one MEC site
 * whose only nodes are two CPU-only agents (2 cores, one {@code vendor: CPU} accelerator of 0.064
 * TFLOPS), a fleet of three cameras (50 Mbit/s, 5 ms) and the profiling tests' CNN, profiled by the
 * control plane. The cameras' measured times make the first three layers cheap on the device and
 * the rest dear, so the latency-optimal plan cuts after {@code pool1} (8 KiB instead of the 12 KiB
 * input): cut "3".
 */
record CpuSiteWorld(AgentSite edge, String fleet, String model, String version) {

  static final String CPU_KEY = "cpu-2c";
  static final List<String> LAYERS =
      List.of("conv1", "relu1", "pool1", "conv2", "relu2", "gap", "flatten", "fc");

  /**
   * Camera milliseconds per layer: the head (conv1, relu1, pool1) is cheap, everything after it
   * dear.
   */
  private static final List<Double> CAMERA_MS =
      List.of(0.05, 0.01, 0.01, 50.0, 50.0, 50.0, 50.0, 50.0);

  static CpuSiteWorld create(String prefix, ProfilingRunner profiler) {
    AgentSite edge =
        AgentSite.create(
            prefix,
            "cpu-edge",
            2,
            n -> cpuAgent("cpu-agent-" + n, "cpu-edge"),
            credential ->
                TestTenant.bearer(credential)
                    .body(
                        Map.of(
                            "gpus",
                            List.of(
                                Map.of("index", 0, "utilizationPct", 5.0, "memoryUsedMib", 300))))
                    .post("/api/v1/agent/heartbeat")
                    .then()
                    .statusCode(200));
    TestTenant t = edge.tenant();
    String fleet = t.createFleet(TenantWorld.cameraFleet("cams", edge.site()));
    t.importDevices(fleet, TenantWorld.cameras(3));
    String model = t.createModel(Map.of("name", "cnn", "task", "classification", "family", "CNN"));
    String version = t.uploadVersion(model, "1.0", RuntimeTestModels.cnn());
    profiler.runDue();
    CpuSiteWorld world = new CpuSiteWorld(edge, fleet, model, version);
    world.addCameraTimes();
    return world;
  }

  /** The registration of a 2-core agent whose only accelerator is the {@link #cpuAccelerator()}. */
  static Map<String, Object> cpuAgent(String agentId, String siteName) {
    return TenantWorld.agent(agentId, siteName, 2, 8_192, cpuAccelerator());
  }

  TestTenant tenant() {
    return edge.tenant();
  }

  List<String> nodes() {
    return edge.nodes();
  }

  /** A CPU agent of another tenant: its site ({@code b-edge}) and credential. */
  record ForeignAgent(String site, String credential) {

    /** Creates tenant {@code prefix} with site {@code b-edge} and CPU agent {@code b-0} on it. */
    static ForeignAgent create(String prefix) {
      TestTenant b = TestTenant.create(prefix);
      String site = AgentSite.mecSite(b, "b-edge");
      String credential =
          TestTenant.registerAgent(b.token("AGENT"), cpuAgent("b-0", "b-edge")).path("credential");
      return new ForeignAgent(site, credential);
    }

    RequestSpecification call() {
      return TestTenant.bearer(credential);
    }
  }

  static Map<String, Object> cpuAccelerator() {
    Map<String, Object> gpu =
        new HashMap<>(
            Map.of(
                "index",
                0,
                "vendor",
                "CPU",
                "model",
                "Test CPU @ 2.0GHz",
                "memoryMib",
                4_096,
                "peakTflops",
                0.064));
    gpu.put("computeCapability", null);
    return gpu;
  }

  String profilePath() {
    return "/api/v1/models/" + model + "/versions/" + version + "/profile";
  }

  JsonPath profile() {
    return tenant().viewer().get(profilePath()).then().statusCode(200).extract().jsonPath();
  }

  /**
   * Creates an ACTIVE deployment of the CNN for the fleet, served at the world's site; returns its
   * id.
   */
  String deploy(String name, String strategy) {
    return tenant()
        .createDeployment(TenantWorld.activeDeployment(name, version, fleet, 100, strategy));
  }

  JsonPath plan() {
    return tenant().operator().post("/api/v1/plans").then().statusCode(201).extract().jsonPath();
  }

  /** Every assignment the world's agents are served, agent 0's first. */
  List<Map<String, Object>> assignments() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int n = 0; n < edge.credentials().size(); n++) {
      all.addAll(
          agent(n)
              .get("/api/v1/agent/assignments")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("assignments"));
    }
    return all;
  }

  RequestSpecification agent(int n) {
    return TestTenant.bearer(edge.credentials().get(n));
  }

  @SuppressWarnings("unchecked")
  private void addCameraTimes() {
    JsonPath profile = profile();
    List<Map<String, Object>> layers = new ArrayList<>();
    List<Map<String, Object>> stored = profile.getList("layers");
    for (int i = 0; i < stored.size(); i++) {
      Map<String, Object> layer = new HashMap<>(stored.get(i));
      Map<String, Object> measured = new HashMap<>((Map<String, Object>) layer.get("measuredMs"));
      measured.put("camera", CAMERA_MS.get(i));
      layer.put("measuredMs", measured);
      layers.add(layer);
    }
    tenant()
        .operator()
        .body(
            Map.of(
                "source",
                "MEASURED",
                "inputBytes",
                profile.getLong("inputBytes"),
                "memoryMib",
                profile.getLong("memoryMib"),
                "layers",
                layers))
        .put(profilePath())
        .then()
        .statusCode(200);
  }
}
