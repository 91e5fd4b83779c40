package io.edgewise.agentruntime;

import io.edgewise.registry.RuntimeTestModels;
import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
record CpuSiteWorld(
    TestTenant tenant,
    String site,
    List<String> nodes,
    List<String> credentials,
    String fleet,
    String model,
    String version) {

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
    TestTenant t = TestTenant.create(prefix);
    String site =
        t.createSite(
            Map.of("name", "cpu-edge", "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 10));
    String agentToken = t.token("AGENT");
    List<String> nodes = new ArrayList<>();
    List<String> credentials = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      var registered = registerCpuAgent(agentToken, "cpu-agent-" + n, "cpu-edge");
      nodes.add(registered.path("nodeId"));
      credentials.add(registered.path("credential"));
      TestTenant.bearer(registered.path("credential"))
          .body(
              Map.of(
                  "gpus", List.of(Map.of("index", 0, "utilizationPct", 5.0, "memoryUsedMib", 300))))
          .post("/api/v1/agent/heartbeat")
          .then()
          .statusCode(200);
    }
    String fleet = t.createFleet(TenantWorld.cameraFleet("cams", site));
    t.importDevices(fleet, TenantWorld.cameras(3));
    String model = t.createModel(Map.of("name", "cnn", "task", "classification", "family", "CNN"));
    String version = t.uploadVersion(model, "1.0", RuntimeTestModels.cnn());
    profiler.runDue();
    CpuSiteWorld world = new CpuSiteWorld(t, site, nodes, credentials, fleet, model, version);
    world.addCameraTimes();
    return world;
  }

  /** Registers a 2-core agent whose only accelerator is the {@link #cpuAccelerator()}. */
  static ExtractableResponse<Response> registerCpuAgent(
      String agentToken, String agentId, String siteName) {
    return TestTenant.registerAgent(
        agentToken,
        Map.of(
            "agentId",
            agentId,
            "site",
            siteName,
            "cpuCores",
            2,
            "memoryMib",
            8_192,
            "gpus",
            List.of(cpuAccelerator())));
  }

  /** A CPU agent of another tenant: its site ({@code b-edge}) and credential. */
  record ForeignAgent(String site, String credential) {

    /** Creates tenant {@code prefix} with site {@code b-edge} and CPU agent {@code b-0} on it. */
    static ForeignAgent create(String prefix) {
      TestTenant b = TestTenant.create(prefix);
      String site =
          b.createSite(
              Map.of("name", "b-edge", "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 10));
      String credential = registerCpuAgent(b.token("AGENT"), "b-0", "b-edge").path("credential");
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
    return tenant.viewer().get(profilePath()).then().statusCode(200).extract().jsonPath();
  }

  /**
   * Creates an ACTIVE deployment of the CNN for the fleet, served at the world's site; returns its
   * id.
   */
  String deploy(String name, String strategy) {
    return tenant.createDeployment(
        TenantWorld.activeDeployment(name, version, fleet, 100, strategy));
  }

  JsonPath plan() {
    return tenant.operator().post("/api/v1/plans").then().statusCode(201).extract().jsonPath();
  }

  /** Every assignment the world's agents are served, agent 0's first. */
  List<Map<String, Object>> assignments() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int n = 0; n < credentials.size(); n++) {
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
    return TestTenant.bearer(credentials.get(n));
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
    tenant
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
