package io.edgewise.testing;

import io.edgewise.registry.OnnxTestModels;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.IntStream;

/**
 * One of every resource in a tenant, created through the API, for the tenancy and role matrices.
 */
public record TenantWorld(
    TestTenant tenant,
    String site,
    String siteName,
    String node,
    String fleet,
    String device,
    String model,
    String version,
    String deployment,
    String user,
    String token) {

  /** The lists every role of a tenant may read, one per kind of resource. */
  public static final List<String> RESOURCE_LISTS =
      List.of(
          "/api/v1/sites",
          "/api/v1/nodes",
          "/api/v1/fleets",
          "/api/v1/devices",
          "/api/v1/models",
          "/api/v1/deployments");

  /** The lists only a tenant's admin may read. */
  public static final List<String> ADMIN_LISTS =
      List.of("/api/v1/users", "/api/v1/tokens", "/api/v1/audit");

  public static TenantWorld create(String prefix) {
    TestTenant t = TestTenant.create(prefix);
    String siteName = "site-" + t.slug();
    String site = t.createSite(site(siteName));
    String node = registerAgent(t.token("AGENT"), "agent-" + t.slug(), siteName).path("nodeId");
    String fleet = t.createFleet(fleet("fleet-" + t.slug(), site));
    String device =
        t.operator()
            .body(device("cam-1"))
            .post("/api/v1/fleets/" + fleet + "/devices")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String model = t.createModel(model("model-" + t.slug()));
    String version = t.uploadVersion(model, "1.0.0", OnnxTestModels.mlp().toByteArray());
    String deployment =
        t.operator()
            .body(deployment("dep-" + t.slug(), version, fleet, site))
            .post("/api/v1/deployments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String user =
        t.admin()
            .get("/api/v1/users?sort=email")
            .then()
            .extract()
            .path("items.find { it.role == 'VIEWER' }.id");
    String token = t.admin().get("/api/v1/tokens").then().extract().path("items[0].id");
    return new TenantWorld(
        t, site, siteName, node, fleet, device, model, version, deployment, user, token);
  }

  /**
   * Registers agent {@code agentId} at {@code siteName} with an AGENT token: host edge-1, 8 cores,
   * 32 GiB and one {@link #gpu()}; returns the registration (node id and credential).
   */
  public static ExtractableResponse<Response> registerAgent(
      String agentToken, String agentId, String siteName) {
    Map<String, Object> registration = new HashMap<>(agent(agentId, siteName, 8, 32768, gpu()));
    registration.put("hostname", "edge-1");
    return TestTenant.registerAgent(agentToken, registration);
  }

  /**
   * The registration of agent {@code agentId} at {@code siteName}: its cores, memory and one
   * accelerator.
   */
  public static Map<String, Object> agent(
      String agentId, String siteName, int cpuCores, int memoryMib, Map<String, Object> gpu) {
    return Map.of(
        "agentId",
        agentId,
        "site",
        siteName,
        "cpuCores",
        cpuCores,
        "memoryMib",
        memoryMib,
        "gpus",
        List.of(gpu));
  }

  public static Map<String, Object> site(String name) {
    return Map.of(
        "name", name, "paradigm", "MEC", "region", "north", "uplinkMbps", 1000, "rttMs", 12);
  }

  public static Map<String, Object> gpu() {
    return Map.of(
        "index",
        0,
        "vendor",
        "NVIDIA",
        "model",
        "T4",
        "memoryMib",
        15360,
        "peakTflops",
        65.0,
        "computeCapability",
        "7.5");
  }

  public static Map<String, Object> node(String name, String siteId) {
    return Map.of(
        "name",
        name,
        "siteId",
        siteId,
        "hostname",
        name,
        "cpuCores",
        16,
        "memoryMib",
        65536,
        "gpus",
        List.of(gpu()));
  }

  public static Map<String, Object> fleet(String name, String siteId) {
    return fleet(name, "SMART_CITY", "SMART_BUILDING", "sensor", siteId);
  }

  /** A fleet of {@code deviceClass} devices in {@code domain}, served from the site. */
  public static Map<String, Object> fleet(
      String name, String domain, String application, String deviceClass, String siteId) {
    return Map.of(
        "name",
        name,
        "domain",
        domain,
        "application",
        application,
        "deviceClass",
        deviceClass,
        "siteId",
        siteId);
  }

  /** A fleet of cameras for video analytics, served from the site. */
  public static Map<String, Object> cameraFleet(String name, String siteId) {
    return fleet(name, "SMART_MULTIMEDIA", "VIDEO_ANALYTICS", "camera", siteId);
  }

  /**
   * A JSON import of {@code count} cameras {@code cam-0 ...}, each 2 GFLOPS on a 50 Mbit/s, 5 ms
   * link.
   */
  public static String cameras(int count) {
    StringJoiner devices = new StringJoiner(",", "{\"devices\":[", "]}");
    IntStream.range(0, count)
        .forEach(
            i ->
                devices.add(
                    "{\"externalId\":\"cam-"
                        + i
                        + "\",\"computeGflops\":2,\"linkMbps\":50,\"linkRttMs\":5}"));
    return devices.toString();
  }

  public static Map<String, Object> device(String externalId) {
    return Map.of(
        "externalId",
        externalId,
        "computeGflops",
        10.0,
        "linkMbps",
        50.0,
        "linkRttMs",
        8.0,
        "labels",
        Map.of("zone", "north"));
  }

  public static Map<String, Object> model(String name) {
    return Map.of(
        "name", name, "task", "object-detection", "family", "CNN", "domain", "SMART_CITY");
  }

  public static Map<String, Object> deployment(
      String name, String versionId, String fleetId, String siteId) {
    return deployment(
        name,
        versionId,
        fleetId,
        100,
        "AUTO",
        Map.of("targetSiteIds", List.of(siteId), "minAccuracy", 0.7, "replicas", 1));
  }

  /** An ACTIVE deployment of the version for the fleet, placed by {@code strategy}. */
  public static Map<String, Object> activeDeployment(
      String name, String versionId, String fleetId, Number latencySloMs, String strategy) {
    return deployment(name, versionId, fleetId, latencySloMs, strategy, Map.of("status", "ACTIVE"));
  }

  /** What every deployment names: the version, the fleet it serves, its SLO and strategy. */
  private static Map<String, Object> deployment(
      String name,
      String versionId,
      String fleetId,
      Number latencySloMs,
      String strategy,
      Map<String, Object> more) {
    Map<String, Object> body = new HashMap<>(more);
    body.put("name", name);
    body.put("modelVersionId", versionId);
    body.put("fleetId", fleetId);
    body.put("latencySloMs", latencySloMs);
    body.put("strategy", strategy);
    return Map.copyOf(body);
  }
}
