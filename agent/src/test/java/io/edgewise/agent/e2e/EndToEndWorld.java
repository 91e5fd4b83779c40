package io.edgewise.agent.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.e2e.Http.Auth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the end-to-end runs set up through the control plane's REST API: a tenant, a fleet, a
 * profiled model and its deployment.
 */
final class EndToEndWorld {
  private EndToEndWorld() {}

  /** A fresh tenant "e2e" made by the platform administrator; its administrator's credentials. */
  static Auth tenantAdmin(ControlPlane cp) {
    cp.expect(
        201,
        "POST",
        "/api/v1/tenants",
        Auth.basic(ControlPlane.PLATFORM_ADMIN, ControlPlane.PASSWORD),
        Map.of(
            "slug",
            "e2e",
            "name",
            "End to end",
            "adminEmail",
            "admin@e2e.example",
            "adminPassword",
            ControlPlane.PASSWORD));
    return Auth.basic("admin@e2e.example", ControlPlane.PASSWORD);
  }

  /** A tenant API token of role AGENT, for the agents to register with. */
  static String agentToken(ControlPlane cp, Auth admin, String name) {
    return cp.expect(201, "POST", "/api/v1/tokens", admin, Map.of("name", name, "role", "AGENT"))
        .path("token")
        .asText();
  }

  /** A mobile-edge site with a fast uplink; its id. */
  static String mecSite(ControlPlane cp, Auth admin, String name) {
    return cp.expect(
            201,
            "POST",
            "/api/v1/sites",
            admin,
            Map.of("name", name, "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 2))
        .path("id")
        .asText();
  }

  /**
   * Slow devices (50 MFLOPS) behind a slow uplink (2 Mbit/s): the planner splits the edge-heavy
   * CNN.
   */
  static String fleet(ControlPlane cp, Auth admin, String siteId, int devices) {
    String fleetId =
        cp.expect(
                201,
                "POST",
                "/api/v1/fleets",
                admin,
                Map.of(
                    "name",
                    "e2e-sensors",
                    "domain",
                    "SMART_CITY",
                    "application",
                    "SMART_BUILDING",
                    "deviceClass",
                    "camera-lite",
                    "siteId",
                    siteId))
            .path("id")
            .asText();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < devices; i++) {
      rows.add(
          Map.of("externalId", "cam-" + i, "computeGflops", 0.05, "linkMbps", 2, "linkRttMs", 5));
    }
    cp.expect(
        200,
        "POST",
        "/api/v1/fleets/" + fleetId + "/devices/import",
        admin,
        Map.of("devices", rows));
    return fleetId;
  }

  /**
   * An ACTIVE deployment of the version to the fleet at the site, with a 500 ms latency SLO; its
   * id.
   */
  static String deployment(
      ControlPlane cp,
      Auth admin,
      String name,
      JsonNode version,
      String fleetId,
      String siteId,
      double requestsPerDevicePerS) {
    return cp.expect(
            201,
            "POST",
            "/api/v1/deployments",
            admin,
            Map.of(
                "name",
                name,
                "modelVersionId",
                version.path("id").asText(),
                "fleetId",
                fleetId,
                "targetSiteIds",
                List.of(siteId),
                "latencySloMs",
                500,
                "requestsPerDevicePerS",
                requestsPerDevicePerS,
                "status",
                "ACTIVE"))
        .path("id")
        .asText();
  }

  /**
   * Uploads the model and waits for the control plane's profiling, whose layers are the graph's
   * nodes.
   */
  static JsonNode version(ControlPlane cp, Auth admin, byte[] onnx) {
    String modelId =
        cp.expect(
                201,
                "POST",
                "/api/v1/models",
                admin,
                Map.of(
                    "name",
                    "edge-heavy",
                    "task",
                    "classification",
                    "family",
                    "CNN",
                    "domain",
                    "SMART_CITY"))
            .path("id")
            .asText();
    JsonNode version =
        cp.upload("/api/v1/models/" + modelId + "/versions?label=1.0.0", admin, onnx);
    String profiling =
        "/api/v1/models/" + modelId + "/versions/" + version.path("id").asText() + "/profiling";
    Wait.until(
        "profiling to succeed",
        Duration.ofSeconds(60),
        () -> {
          JsonNode job = cp.call("GET", profiling, admin, null).json();
          return "SUCCEEDED".equals(job.path("state").asText())
              ? Optional.of(job)
              : Optional.empty();
        },
        () -> cp.call("GET", profiling, admin, null).text());
    return version;
  }
}
