package io.edgewise.node;

import static io.edgewise.node.NodeFixtures.bearer;
import static io.edgewise.node.NodeFixtures.register;
import static io.edgewise.node.NodeFixtures.registration;
import static io.edgewise.node.NodeFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.node.NodeFixtures.Agent;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Heartbeats carry the agent's model report; the node shows the latest one, and the answer names
 * the tenant's latest plan.
 */
@QuarkusTest
class NodeModelsApiTest {

  private static final String SHA = "ab".repeat(32);

  @Test
  void theLatestModelReportIsShownOnTheNodeAndAHeartbeatWithoutModelsKeepsIt() {
    TestTenant t = TestTenant.create("node-models");
    site(t, "edge-m");
    Agent agent = register(t.token("AGENT"), registration("m-1", "edge-m", null, 1));
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(200)
        .body("models", nullValue())
        .body("modelsReportedAt", nullValue());
    String version = UUID.randomUUID().toString();
    Map<String, Object> failed =
        new HashMap<>(
            Map.of("versionId", UUID.randomUUID().toString(), "sha256", SHA, "state", "FAILED"));
    failed.put("error", "ONNX Runtime cannot load operator Softsign2");
    List<Map<String, Object>> models =
        List.of(
            Map.of("versionId", version, "sha256", SHA, "state", "LOADED", "loadMs", 41.3), failed);

    bearer(agent.credential())
        .body(Map.of("models", models))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"))
        .body("planId", nullValue());
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(200)
        .body("models", hasSize(2))
        .body("models[0].versionId", equalTo(version))
        .body("models[0].state", equalTo("LOADED"))
        .body("models[0].loadMs", equalTo(41.3f))
        .body("models[0].sha256", equalTo(SHA))
        .body("models[1].state", equalTo("FAILED"))
        .body("models[1].error", containsString("Softsign2"))
        .body("modelsReportedAt", notNullValue());

    bearer(agent.credential())
        .body(Map.of())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(200)
        .body("models", hasSize(2));
    bearer(agent.credential())
        .body(Map.of("models", List.of()))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(200)
        .body("models", hasSize(0));
  }

  @Test
  void theHeartbeatAnswerNamesTheTenantsLatestPlan() {
    TestTenant t = TestTenant.create("node-plan-id");
    site(t, "edge-p");
    Agent agent = register(t.token("AGENT"), registration("p-1", "edge-p", null, 1));
    bearer(agent.credential())
        .body(Map.of())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("planId", nullValue());
    String plan =
        t.operator().post("/api/v1/plans").then().statusCode(201).extract().path("summary.id");
    bearer(agent.credential())
        .body(Map.of())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("planId", equalTo(plan));
    String next =
        t.operator().post("/api/v1/plans").then().statusCode(201).extract().path("summary.id");
    assertThat(next).isNotEqualTo(plan);
    bearer(agent.credential())
        .body(Map.of())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("planId", equalTo(next));
  }

  @Test
  void aBadModelReportIs400AndStoresNothing() {
    TestTenant t = TestTenant.create("node-models-bad");
    site(t, "edge-b");
    Agent agent = register(t.token("AGENT"), registration("b-1", "edge-b", null, 1));
    String version = UUID.randomUUID().toString();
    bearer(agent.credential())
        .body(
            Map.of(
                "models",
                List.of(Map.of("versionId", version, "sha256", "not-hex", "state", "LOADED"))))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", notNullValue());
    bearer(agent.credential())
        .body(
            Map.of(
                "models",
                List.of(Map.of("versionId", version, "sha256", SHA, "state", "EXPLODED"))))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    bearer(agent.credential())
        .body(Map.of("models", List.of(Map.of("sha256", SHA, "state", "LOADED"))))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400);
    List<Map<String, Object>> tooMany =
        IntStream.range(0, 257)
            .mapToObj(
                i ->
                    Map.<String, Object>of(
                        "versionId",
                        UUID.randomUUID().toString(),
                        "sha256",
                        SHA,
                        "state",
                        "STORED"))
            .toList();
    bearer(agent.credential())
        .body(Map.of("models", tooMany))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("models"));
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(200)
        .body("models", nullValue());
  }
}
