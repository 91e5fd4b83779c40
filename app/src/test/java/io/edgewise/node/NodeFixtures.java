package io.edgewise.node;

import static io.restassured.RestAssured.given;

import io.edgewise.testing.TestTenant;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Request bodies and calls shared by the node tests. */
final class NodeFixtures {

  private NodeFixtures() {}

  /** Creates a site in the tenant and returns its id. */
  static String site(TestTenant t, String name) {
    return t.createSite(Map.of("name", name, "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 10));
  }

  static List<Map<String, Object>> gpus(int count, String model) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                Map.<String, Object>of(
                    "index",
                    i,
                    "vendor",
                    "NVIDIA",
                    "model",
                    model,
                    "memoryMib",
                    15_360,
                    "peakTflops",
                    65.0,
                    "computeCapability",
                    "7.5"))
        .toList();
  }

  static Map<String, Object> node(String name, String siteId, int gpuCount) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "name",
                name,
                "siteId",
                siteId,
                "hostname",
                name + ".local",
                "cpuCores",
                16,
                "memoryMib",
                65_536));
    body.put("gpus", gpus(gpuCount, "Tesla T4"));
    return body;
  }

  static Map<String, Object> registration(
      String agentId, String site, String hostname, int gpuCount) {
    Map<String, Object> body =
        new HashMap<>(Map.of("agentId", agentId, "site", site, "cpuCores", 8, "memoryMib", 32_768));
    if (hostname != null) {
      body.put("hostname", hostname);
    }
    body.put("gpus", gpus(gpuCount, "L4"));
    return body;
  }

  static RequestSpecification bearer(String secret) {
    return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
  }

  /** A registered agent: its node and the credential it heartbeats with. */
  record Agent(String nodeId, String credential) {}

  /** Registers a new agent with an AGENT token. */
  static Agent register(String agentToken, Map<String, Object> body) {
    var response =
        bearer(agentToken)
            .body(body)
            .post("/api/v1/agent/register")
            .then()
            .statusCode(201)
            .extract();
    return new Agent(response.path("nodeId"), response.path("credential"));
  }

  static Map<String, Object> heartbeat(double... utilizations) {
    return Map.of(
        "gpus",
        IntStream.range(0, utilizations.length)
            .mapToObj(
                i ->
                    Map.<String, Object>of(
                        "index",
                        i,
                        "utilizationPct",
                        utilizations[i],
                        "memoryUsedMib",
                        1024,
                        "temperatureC",
                        60.5))
            .toList());
  }
}
