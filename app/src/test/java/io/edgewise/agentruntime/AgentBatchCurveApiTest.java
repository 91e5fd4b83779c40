package io.edgewise.agentruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.TenantWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PUT /api/v1/agent/profiles/{versionId}/batch-curve: latency against batch size, stored per
 * hardware key on the version's profile and shown in its profile view; broken curves are refused.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class AgentBatchCurveApiTest {

  @Inject ProfilingRunner profiler;

  @Test
  void aCurveIsStoredUnderItsHardwareKeyAndShownWithTheProfile() {
    CpuSiteWorld w = CpuSiteWorld.create("batch-curve", profiler);
    List<Map<String, Object>> points =
        List.of(point(1, 2.0), point(2, 2.4), point(4, 3.1), point(8, 4.6));
    w.agent(0)
        .body(Map.of("hardware", CpuSiteWorld.CPU_KEY, "points", points))
        .put("/api/v1/agent/profiles/" + w.version() + "/batch-curve")
        .then()
        .statusCode(200)
        .body("versionId", equalTo(w.version()))
        .body("hardware", equalTo(CpuSiteWorld.CPU_KEY))
        .body("points.batch", equalTo(List.of(1, 2, 4, 8)))
        .body("curveKeys", equalTo(List.of(CpuSiteWorld.CPU_KEY)));
    w.agent(1)
        .body(Map.of("hardware", "NVIDIA T4", "points", List.of(point(1, 0.5))))
        .put("/api/v1/agent/profiles/" + w.version() + "/batch-curve")
        .then()
        .statusCode(200)
        .body("curveKeys", equalTo(List.of("NVIDIA T4", CpuSiteWorld.CPU_KEY)));

    Map<String, List<Map<String, Number>>> curves = w.profile().getMap("batchCurves");
    assertThat(curves).containsOnlyKeys(CpuSiteWorld.CPU_KEY, "NVIDIA T4");
    assertThat(curves.get(CpuSiteWorld.CPU_KEY))
        .extracting(p -> p.get("batch").intValue())
        .containsExactly(1, 2, 4, 8);
    assertThat(curves.get(CpuSiteWorld.CPU_KEY))
        .extracting(p -> p.get("ms").doubleValue())
        .zipSatisfy(
            List.of(2.0, 2.4, 3.1, 4.6),
            (ms, sent) -> assertThat(ms).isCloseTo(sent, within(1e-6)));

    // a later measurement on the same hardware replaces that key's curve only
    w.agent(0)
        .body(Map.of("hardware", CpuSiteWorld.CPU_KEY, "points", List.of(point(1, 1.9))))
        .put("/api/v1/agent/profiles/" + w.version() + "/batch-curve")
        .then()
        .statusCode(200);
    curves = w.profile().getMap("batchCurves");
    assertThat(curves.get(CpuSiteWorld.CPU_KEY)).hasSize(1);
    assertThat(curves.get("NVIDIA T4")).hasSize(1);
  }

  @Test
  void brokenCurvesAre400ProblemsNamingThePointAndNothingIsStored() {
    CpuSiteWorld w = CpuSiteWorld.create("batch-curve-bad", profiler);
    long before = w.profile().getLong("version");
    String path = "/api/v1/agent/profiles/" + w.version() + "/batch-curve";
    refused(w, path, List.of(point(2, 1.0), point(4, 2.0)), "points[0].batch", "batch 1");
    refused(w, path, List.of(point(1, 1.0), point(4, 2.0), point(4, 3.0)), "points[2].batch", "");
    refused(w, path, List.of(point(1, 1.0), point(2, -2.0)), "points[1].ms", "positive");
    refused(w, path, List.of(point(1, 0.0)), "points[0].ms", "positive");
    refused(w, path, List.of(point(1, 1.0), point(100_000, 2.0)), "points[1].batch", "4096");
    w.agent(0)
        .body(Map.of("hardware", "cpu-2c", "points", List.of()))
        .put(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    w.agent(0)
        .body(Map.of("hardware", "cpu-2c", "points", Collections.nCopies(33, point(1, 1))))
        .put(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    w.agent(0)
        .body(Map.of("points", List.of(point(1, 1.0))))
        .put(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    w.agent(0)
        .body(Map.of("hardware", "cpu-2c", "points", List.of(point(1, 1.0))))
        .put("/api/v1/agent/profiles/" + UUID.randomUUID() + "/batch-curve")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(w.profile().getLong("version")).isEqualTo(before);
    assertThat(w.profile().getMap("batchCurves")).isEmpty();
  }

  @Test
  void aCurveWithCheapBatchingGivesABusyDeploymentAndItsAgentABatchAboveOne() {
    CpuSiteWorld w = CpuSiteWorld.create("batch-curve-plan", profiler);
    // the agent's CPU runs each layer in 0.05 ms: 0.4 ms for the whole model at batch 1
    w.agent(0)
        .body(
            Map.of(
                "hardware",
                CpuSiteWorld.CPU_KEY,
                "layers",
                CpuSiteWorld.LAYERS.stream().map(n -> Map.of("name", n, "ms", 0.05)).toList()))
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(200);
    Map<String, Object> busy =
        new HashMap<>(
            TenantWorld.activeDeployment("busy", w.version(), w.fleet(), 100, "EDGE_ONLY"));
    busy.put("requestsPerDevicePerS", 300); // 3 cameras: 900 requests/s
    w.tenant().createDeployment(busy);
    assertThat(entry(w.plan()).get("batchSize")).as("no curve yet").isEqualTo(1);

    // batch 16 costs 2.5 times batch 1
    List<Map<String, Object>> cheap =
        List.of(point(1, 1.0), point(2, 1.1), point(4, 1.3), point(8, 1.7), point(16, 2.5));
    w.agent(0)
        .body(Map.of("hardware", CpuSiteWorld.CPU_KEY, "points", cheap))
        .put("/api/v1/agent/profiles/" + w.version() + "/batch-curve")
        .then()
        .statusCode(200);
    Map<String, Object> entry = entry(w.plan());
    int batch = ((Number) entry.get("batchSize")).intValue();
    assertThat(batch).isGreaterThan(1);
    assertThat(w.assignments())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.get("batchSize")).isEqualTo(batch));
  }

  private static Map<String, Object> entry(JsonPath plan) {
    return (Map<String, Object>) plan.getList("deployments", Map.class).get(0);
  }

  private static void refused(
      CpuSiteWorld w, String path, List<Map<String, Object>> points, String field, String says) {
    w.agent(0)
        .body(Map.of("hardware", "cpu-2c", "points", points))
        .put(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body("errors.message", hasItem(containsString(says)));
  }

  private static Map<String, Object> point(int batch, double ms) {
    return Map.of("batch", batch, "ms", ms);
  }
}
