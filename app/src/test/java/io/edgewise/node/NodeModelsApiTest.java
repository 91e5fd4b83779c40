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
import io.restassured.response.ValidatableResponse;
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
    node(t, agent).body("models", nullValue()).body("modelsReportedAt", nullValue());
    String version = UUID.randomUUID().toString();
    Map<String, Object> failed =
        new HashMap<>(
            Map.of("versionId", UUID.randomUUID().toString(), "sha256", SHA, "state", "FAILED"));
    failed.put("error", "ONNX Runtime cannot load operator Softsign2");
    List<Map<String, Object>> models =
        List.of(
            Map.of("versionId", version, "sha256", SHA, "state", "LOADED", "loadMs", 41.3), failed);

    heartbeat(agent, Map.of("models", models))
        .statusCode(200)
        .body("status", equalTo("ONLINE"))
        .body("planId", nullValue());
    node(t, agent)
        .body("models", hasSize(2))
        .body("models[0].versionId", equalTo(version))
        .body("models[0].state", equalTo("LOADED"))
        .body("models[0].loadMs", equalTo(41.3f))
        .body("models[0].sha256", equalTo(SHA))
        .body("models[1].state", equalTo("FAILED"))
        .body("models[1].error", containsString("Softsign2"))
        .body("modelsReportedAt", notNullValue());

    heartbeat(agent, Map.of()).statusCode(200);
    node(t, agent).body("models", hasSize(2));
    heartbeat(agent, Map.of("models", List.of())).statusCode(200);
    node(t, agent).body("models", hasSize(0));
  }

  @Test
  void theHeartbeatAnswerNamesTheTenantsLatestPlan() {
    TestTenant t = TestTenant.create("node-plan-id");
    site(t, "edge-p");
    Agent agent = register(t.token("AGENT"), registration("p-1", "edge-p", null, 1));
    heartbeat(agent, Map.of()).statusCode(200).body("planId", nullValue());
    String plan =
        t.operator().post("/api/v1/plans").then().statusCode(201).extract().path("summary.id");
    heartbeat(agent, Map.of()).statusCode(200).body("planId", equalTo(plan));
    String next =
        t.operator().post("/api/v1/plans").then().statusCode(201).extract().path("summary.id");
    assertThat(next).isNotEqualTo(plan);
    heartbeat(agent, Map.of()).statusCode(200).body("planId", equalTo(next));
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
    heartbeat(agent, Map.of("models", List.of(Map.of("sha256", SHA, "state", "LOADED"))))
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
    heartbeat(agent, Map.of("models", tooMany))
        .statusCode(400)
        .body("errors[0].field", containsString("models"));
    node(t, agent).body("models", nullValue());
  }

  private static ValidatableResponse heartbeat(Agent agent, Map<String, ?> body) {
    return bearer(agent.credential()).body(body).post("/api/v1/agent/heartbeat").then();
  }

  /** The agent's node as a viewer reads it. */
  private static ValidatableResponse node(TestTenant t, Agent agent) {
    return t.viewer().get("/api/v1/nodes/" + agent.nodeId()).then().statusCode(200);
  }
}
