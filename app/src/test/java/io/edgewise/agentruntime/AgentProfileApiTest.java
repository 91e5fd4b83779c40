package io.edgewise.agentruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PUT /api/v1/agent/profiles/{versionId}: agents' per-layer times merged under their hardware key,
 * and planned with.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class AgentProfileApiTest {

  private static final String CONTROL_PLANE = "control-plane-cpu";

  @Inject ProfilingRunner profiler;

  @Test
  void agentTimesAreMergedUnderTheirKeyKeepingTheOtherKeysAndTheNextPlanUsesThem() {
    CpuSiteWorld w = CpuSiteWorld.create("agent-profile", profiler);
    List<Map<String, Object>> times =
        CpuSiteWorld.LAYERS.stream()
            .map(name -> Map.<String, Object>of("name", name, "ms", 0.5))
            .toList();
    w.agent(0)
        .body(Map.of("hardware", CpuSiteWorld.CPU_KEY, "layers", times))
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(200)
        .body("versionId", equalTo(w.version()))
        .body("source", equalTo("MEASURED"))
        .body("hardware", equalTo(CpuSiteWorld.CPU_KEY))
        .body("layers", equalTo(8))
        .body("measuredLayers", equalTo(8))
        .body("hardwareKeys", hasItems(CpuSiteWorld.CPU_KEY, CONTROL_PLANE, "camera"));

    JsonPath profile = w.profile();
    List<Map<String, Object>> layers = profile.getList("layers");
    assertThat(layers)
        .extracting(l -> l.get("name"))
        .containsExactlyElementsOf(CpuSiteWorld.LAYERS);
    assertThat(layers)
        .allSatisfy(
            l -> {
              Map<String, Number> ms = (Map<String, Number>) l.get("measuredMs");
              assertThat(ms.get(CpuSiteWorld.CPU_KEY).doubleValue()).isEqualTo(0.5);
              assertThat(ms).containsKeys(CONTROL_PLANE, "camera");
            });

    w.deploy("cnn", "AUTO");
    Map<String, Object> entry =
        (Map<String, Object>) w.plan().getList("deployments", Map.class).get(0);
    Map<String, Number> figures =
        (Map<String, Number>) ((Map<String, Object>) entry.get("partition")).get("plan");
    // the edge runs conv2, relu2, gap, flatten and fc at the agent's 0.5 ms each (its CPU is the
    // tier's median accelerator, key cpu-2c)
    assertThat(figures.get("edgeMs").doubleValue()).isCloseTo(2.5, within(1e-9));

    List<Map<String, Object>> faster = List.of(Map.of("name", "fc", "ms", 0.25));
    w.agent(1)
        .body(Map.of("hardware", CpuSiteWorld.CPU_KEY, "layers", faster))
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(200)
        .body("measuredLayers", equalTo(8));
    List<Map<String, Object>> again = w.profile().getList("layers");
    assertThat(
            ((Map<String, Number>) again.get(7).get("measuredMs"))
                .get(CpuSiteWorld.CPU_KEY)
                .doubleValue())
        .isEqualTo(0.25);
    assertThat(
            ((Map<String, Number>) again.get(0).get("measuredMs"))
                .get(CpuSiteWorld.CPU_KEY)
                .doubleValue())
        .isEqualTo(0.5);
  }

  @Test
  void anUnknownLayerIs400NamingItAndNothingIsStored() {
    CpuSiteWorld w = CpuSiteWorld.create("agent-profile-bad", profiler);
    long before = w.profile().getLong("version");
    List<Map<String, Object>> times =
        List.of(Map.of("name", "conv1", "ms", 0.1), Map.of("name", "conv9", "ms", 0.1));
    w.agent(0)
        .body(Map.of("hardware", "cpu-2c", "layers", times))
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("layers[1].name"))
        .body("errors[0].message", containsString("conv9"));
    w.agent(0)
        .body(Map.of("hardware", "cpu-2c", "layers", List.of(Map.of("name", "conv1", "ms", -1))))
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(400);
    w.agent(0)
        .body(Map.of("layers", List.of(Map.of("name", "conv1", "ms", 1))))
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(400);
    assertThat(w.profile().getLong("version")).isEqualTo(before);
  }

  @Test
  void onlyTheTenantsNodesReportTimesForItsVersions() {
    CpuSiteWorld w = CpuSiteWorld.create("agent-profile-a", profiler);
    Map<String, Object> body =
        Map.of("hardware", "cpu-2c", "layers", List.of(Map.of("name", "conv1", "ms", 0.1)));
    w.tenant()
        .admin()
        .body(body)
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(403);
    TestTenant.bearer(w.tenant().token("AGENT"))
        .body(body)
        .put("/api/v1/agent/profiles/" + w.version())
        .then()
        .statusCode(403);
    w.agent(0)
        .body(body)
        .put("/api/v1/agent/profiles/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    CpuSiteWorld.ForeignAgent b = CpuSiteWorld.ForeignAgent.create("agent-profile-b");
    b.call().body(body).put("/api/v1/agent/profiles/" + w.version()).then().statusCode(404);
    w.agent(0).body(body).put("/api/v1/agent/profiles/" + w.version()).then().statusCode(200);
  }
}
