package io.edgewise.testing;

import static io.restassured.RestAssured.given;

import io.edgewise.registry.OnnxTestModels;
import java.util.List;
import java.util.Map;

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

  public static TenantWorld create(String prefix) {
    TestTenant t = TestTenant.create(prefix);
    String siteName = "site-" + t.slug();
    String site =
        t.admin()
            .body(site(siteName))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String agentToken = t.token("AGENT");
    String node =
        given()
            .header("Authorization", "Bearer " + agentToken)
            .contentType("application/json")
            .body(
                Map.of(
                    "agentId",
                    "agent-" + t.slug(),
                    "site",
                    siteName,
                    "hostname",
                    "edge-1",
                    "cpuCores",
                    8,
                    "memoryMib",
                    32768,
                    "gpus",
                    List.of(gpu())))
            .post("/api/v1/agent/register")
            .then()
            .statusCode(201)
            .extract()
            .path("nodeId");
    String fleet =
        t.operator()
            .body(fleet("fleet-" + t.slug(), site))
            .post("/api/v1/fleets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String device =
        t.operator()
            .body(device("cam-1"))
            .post("/api/v1/fleets/" + fleet + "/devices")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String model =
        t.operator()
            .body(model("model-" + t.slug()))
            .post("/api/v1/models")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String version =
        t.operator()
            .contentType("application/octet-stream")
            .body(OnnxTestModels.mlp().toByteArray())
            .post("/api/v1/models/" + model + "/versions?label=1.0.0")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
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
    return Map.of(
        "name",
        name,
        "domain",
        "SMART_CITY",
        "application",
        "SMART_BUILDING",
        "deviceClass",
        "sensor",
        "siteId",
        siteId);
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
    return Map.of(
        "name",
        name,
        "modelVersionId",
        versionId,
        "fleetId",
        fleetId,
        "targetSiteIds",
        List.of(siteId),
        "latencySloMs",
        100,
        "minAccuracy",
        0.7,
        "strategy",
        "AUTO",
        "replicas",
        1);
  }
}
