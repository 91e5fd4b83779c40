package io.edgewise.agentruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * CPU-only agents get deployments placed and read them, with their split, from GET
 * /api/v1/agent/assignments.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CpuNodeAssignmentsTest {

  @Inject ProfilingRunner profiler;

  @Test
  void aCpuOnlySiteGetsTheDeploymentPlacedAndOnlyItsNodeListsItWithTheSplit() {
    CpuSiteWorld w = CpuSiteWorld.create("cpu-site", profiler);
    assertNoAssignments(w.agent(0));
    String deployment = w.deploy("cnn-at-the-edge", "AUTO");

    JsonPath plan = w.plan();
    Map<String, Object> entry =
        (Map<String, Object>)
            plan.getList("deployments", Map.class).stream()
                .filter(e -> "cnn-at-the-edge".equals(e.get("deploymentName")))
                .findFirst()
                .orElseThrow();
    assertThat(entry.get("outcome")).isEqualTo("PLACED");
    Map<String, Object> partition = (Map<String, Object>) entry.get("partition");
    // device 0.07 ms + 8,192 B at 50 Mbit/s (1.31 ms) + 5 ms beats sending the 12,288 B input (1.97
    // ms + 5 ms): cut after pool1
    assertThat((List<String>) partition.get("tiers"))
        .containsExactly("DEVICE", "DEVICE", "DEVICE", "EDGE", "EDGE", "EDGE", "EDGE", "EDGE");
    String gpu = ((List<String>) entry.get("gpuIds")).get(0);
    String node =
        plan.getList("gpus", Map.class).stream()
            .filter(g -> gpu.equals(g.get("gpuId")))
            .map(g -> (String) g.get("nodeId"))
            .findFirst()
            .orElseThrow();
    assertThat(w.nodes()).contains(node);
    int served = w.nodes().indexOf(node);
    String planId = plan.getString("summary.id");

    JsonPath mine =
        w.agent(served)
            .get("/api/v1/agent/assignments")
            .then()
            .statusCode(200)
            .body("planId", equalTo(planId))
            .body("assignments", hasSize(1))
            .extract()
            .jsonPath();
    assertThat(mine.getString("assignments[0].deploymentId")).isEqualTo(deployment);
    assertThat(mine.getString("assignments[0].versionId")).isEqualTo(w.version());
    assertThat(mine.getString("assignments[0].modelId")).isEqualTo(w.model());
    assertThat(mine.getInt("assignments[0].gpuIndex")).isZero();
    assertThat(mine.getDouble("assignments[0].latencySloMs")).isEqualTo(100.0);
    assertThat(mine.getString("assignments[0].whole.url"))
        .isEqualTo("/api/v1/agent/artifacts/" + mine.getString("assignments[0].whole.sha256"));
    assertThat(mine.getString("assignments[0].split.cut")).isEqualTo("3");
    assertThat(mine.getInt("assignments[0].split.deviceLayers")).isEqualTo(3);
    assertThat(mine.getList("assignments[0].split.inputs", Map.class))
        .containsExactly(Map.of("name", "p1", "dtype", "FLOAT32", "shape", List.of(-1, 8, 16, 16)));
    assertThat(mine.getString("assignments[0].note")).isNull();
    w.agent(1 - served)
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(200)
        .body("planId", equalTo(planId))
        .body("assignments", empty());
    w.agent(served)
        .body(Map.of())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("planId", equalTo(planId));
  }

  @Test
  void theAnswerIsTaggedAndAnUnchangedPollIsNotModified() {
    CpuSiteWorld w = CpuSiteWorld.create("cpu-etag", profiler);
    w.deploy("edge-only", "EDGE_ONLY");
    w.plan();
    String etag =
        w.agent(0).get("/api/v1/agent/assignments").then().statusCode(200).extract().header("ETag");
    assertThat(etag).matches("\"[0-9a-f]{64}\"");
    w.agent(0)
        .header("If-None-Match", etag)
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(304);
    w.agent(0)
        .header("If-None-Match", "\"" + "0".repeat(64) + "\"")
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(200);
    w.plan();
    w.agent(0)
        .header("If-None-Match", etag)
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(200)
        .body("planId", Matchers.not(equalTo(null)));
  }

  @Test
  void anEdgeOnlyPlanServesTheWholeModelWithoutSplitOrNote() {
    CpuSiteWorld w = CpuSiteWorld.create("cpu-whole", profiler);
    w.deploy("edge-only", "EDGE_ONLY");
    w.plan();
    List<Map<String, Object>> all = w.assignments();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).get("split")).isNull();
    assertThat(all.get(0).get("note")).isNull();
    assertThat(((Map<String, Object>) all.get(0).get("whole")).get("sizeBytes")).isNotNull();
  }

  @Test
  void usersAndTenantAgentTokensAreRefusedAndAnotherTenantsNodeSeesNothing() {
    CpuSiteWorld a = CpuSiteWorld.create("cpu-a", profiler);
    a.deploy("cnn", "AUTO");
    a.plan();
    a.tenant()
        .admin()
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    a.tenant().viewer().get("/api/v1/agent/assignments").then().statusCode(403);
    TestTenant.bearer(a.tenant().token("OPERATOR"))
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(403);
    TestTenant.bearer(a.tenant().token("AGENT"))
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    int allowed = a.assignments().size();
    assertThat(allowed).as("tenant A's own nodes see its assignment").isEqualTo(1);

    CpuSiteWorld.ForeignAgent b = CpuSiteWorld.ForeignAgent.create("cpu-b");
    assertThat(b.site()).isNotNull();
    assertNoAssignments(b.call());
  }

  @Test
  void aSplitOverLayersThatAreNotTheGraphsNodesServesTheWholeModelWithANote() {
    CpuSiteWorld w = CpuSiteWorld.create("cpu-note", profiler);
    String deployment = w.deploy("cnn", "AUTO");
    for (String source : List.of("REFERENCE", "ESTIMATED")) {
      // three stand-in layers; the camera runs the first in 0.01 ms and shrinks 12,288 B to 100 B,
      // so the plan cuts after it
      List<Map<String, Object>> layers =
          List.of(
              Map.of(
                  "name",
                  "stem",
                  "gflops",
                  0.0001,
                  "outputBytes",
                  100,
                  "inputs",
                  List.of(),
                  "measuredMs",
                  Map.of("camera", 0.01)),
              Map.of(
                  "name",
                  "body",
                  "gflops",
                  0.0001,
                  "outputBytes",
                  100,
                  "inputs",
                  List.of(0),
                  "measuredMs",
                  Map.of("camera", 50.0)),
              Map.of(
                  "name",
                  "head",
                  "gflops",
                  0.0001,
                  "outputBytes",
                  40,
                  "inputs",
                  List.of(1),
                  "measuredMs",
                  Map.of("camera", 50.0)));
      w.tenant()
          .operator()
          .body(Map.of("source", source, "inputBytes", 12_288, "memoryMib", 300, "layers", layers))
          .put(w.profilePath())
          .then()
          .statusCode(200);
      JsonPath plan = w.plan();
      assertThat(plan.getList("deployments[0].partition.tiers"))
          .containsExactly("DEVICE", "EDGE", "EDGE");
      List<Map<String, Object>> all = w.assignments();
      assertThat(all).hasSize(1);
      assertThat(all.get(0).get("split")).isNull();
      assertThat(all.get(0).get("whole")).isNotNull();
      String expected = source.equals("REFERENCE") ? "REFERENCE" : "compute nodes";
      assertThat((String) all.get(0).get("note"))
          .contains(expected)
          .contains("full model is served");
      w.tenant()
          .viewer()
          .get("/api/v1/deployments/" + deployment + "/split")
          .then()
          .statusCode(404)
          .body("detail", Matchers.containsString(expected));
    }
  }

  /** The agent is served no plan: no plan id, no assignments and no resident artifacts. */
  private static void assertNoAssignments(RequestSpecification agent) {
    agent
        .get("/api/v1/agent/assignments")
        .then()
        .statusCode(200)
        .body("planId", nullValue())
        .body("assignments", empty())
        .body("resident", empty());
  }
}
