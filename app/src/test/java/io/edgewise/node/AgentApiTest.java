package io.edgewise.node;

import static io.edgewise.node.NodeFixtures.bearer;
import static io.edgewise.node.NodeFixtures.heartbeat;
import static io.edgewise.node.NodeFixtures.register;
import static io.edgewise.node.NodeFixtures.registration;
import static io.edgewise.node.NodeFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.edgewise.node.NodeFixtures.Agent;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentApiTest {

  @Test
  void registeringAgainReturnsTheSameNodeWithFreshHardwareAndReplacesTheCredential() {
    TestTenant t = TestTenant.create("agentreg");
    String siteId = site(t, "station");
    String agentToken = t.token("AGENT");
    var first =
        bearer(agentToken)
            .body(registration("machine-1", "station", "edge-a", 2))
            .post("/api/v1/agent/register")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/nodes/"))
            .body("heartbeatIntervalSeconds", equalTo(10))
            .body("credential", containsString("ew_"))
            .extract();
    String nodeId = first.path("nodeId");
    String oldCredential = first.path("credential");

    String newCredential =
        bearer(agentToken)
            .body(registration("machine-1", siteId, "edge-a", 1))
            .post("/api/v1/agent/register")
            .then()
            .statusCode(200)
            .body("nodeId", equalTo(nodeId))
            .extract()
            .path("credential");
    assertThat(newCredential).isNotEqualTo(oldCredential);

    bearer(oldCredential)
        .body(heartbeat(10))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    bearer(newCredential)
        .body(heartbeat(10))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"));
    t.viewer()
        .get("/api/v1/nodes/" + nodeId)
        .then()
        .statusCode(200)
        .body("agentId", equalTo("machine-1"))
        .body("name", equalTo("edge-a"))
        .body("gpus", hasSize(1))
        .body("gpus[0].model", equalTo("L4"));
    t.viewer().get("/api/v1/nodes").then().body("totalItems", equalTo(1));
  }

  @Test
  void newAgentsGetUniqueNodeNamesFromTheirHostnameOrAgentId() {
    TestTenant t = TestTenant.create("agentname");
    site(t, "s");
    String agentToken = t.token("AGENT");
    Agent a = register(agentToken, registration("m-1", "s", "jetson", 1));
    Agent b = register(agentToken, registration("m-2", "s", "jetson", 1));
    Agent c = register(agentToken, registration("m-3", "s", null, 0));
    t.viewer().get("/api/v1/nodes/" + a.nodeId()).then().body("name", equalTo("jetson"));
    t.viewer().get("/api/v1/nodes/" + b.nodeId()).then().body("name", equalTo("jetson-2"));
    t.viewer()
        .get("/api/v1/nodes/" + c.nodeId())
        .then()
        .body("name", equalTo("m-3"))
        .body("status", equalTo("PENDING"));
  }

  @Test
  void registrationRejectsUnknownSitesAndBadHardware() {
    TestTenant t = TestTenant.create("agentbad");
    site(t, "s");
    String agentToken = t.token("AGENT");
    bearer(agentToken)
        .body(registration("m", "nowhere", "h", 0))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("site")));
    bearer(agentToken)
        .body(Map.of("site", "s", "cpuCores", -1, "memoryMib", 1))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("agentId", "cpuCores")));
    bearer(agentToken)
        .body(registration("x".repeat(129), "s", "h", 0))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("agentId")));
    t.viewer().get("/api/v1/nodes").then().body("totalItems", equalTo(0));
  }

  @Test
  void onlyAgentsRegisterAndNodeCredentialsReachOnlyTheAgentEndpoints() {
    TestTenant t = TestTenant.create("agentrole");
    site(t, "s");
    t.operator()
        .body(registration("m", "s", "h", 0))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    t.admin()
        .body(registration("m", "s", "h", 0))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(403);
    Agent agent = register(t.token("AGENT"), registration("m", "s", "h", 0));

    bearer(agent.credential())
        .get("/api/v1/nodes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    bearer(agent.credential()).get("/api/v1/nodes/" + agent.nodeId()).then().statusCode(403);
    bearer(agent.credential()).get("/api/v1/sites").then().statusCode(403);
    bearer(agent.credential())
        .body(registration("other-machine", "s", "h2", 0))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(403)
        .body("detail", containsString("its own node"));
    bearer(agent.credential())
        .body(heartbeat())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
  }

  @Test
  void heartbeatsNeedANodeCredential() {
    TestTenant t = TestTenant.create("agentbeat");
    bearer(t.token("AGENT"))
        .body(heartbeat())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("node credential"));
    t.admin().body(heartbeat()).post("/api/v1/agent/heartbeat").then().statusCode(403);
  }

  @Test
  void heartbeatsStoreGpuStateAndRejectUnknownGpusWithoutWritingAnything() {
    TestTenant t = TestTenant.create("agentgpu");
    site(t, "s");
    Agent agent = register(t.token("AGENT"), registration("m", "s", "h", 2));
    bearer(agent.credential())
        .body(heartbeat(55.5, 12))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"))
        .body("heartbeatIntervalSeconds", equalTo(10));
    String firstBeat =
        t.viewer()
            .get("/api/v1/nodes/" + agent.nodeId())
            .then()
            .statusCode(200)
            .body("gpus[0].utilizationPct", equalTo(55.5f))
            .body("gpus[1].utilizationPct", equalTo(12.0f))
            .body("gpus[0].memoryUsedMib", equalTo(1024))
            .body("gpus[0].temperatureC", equalTo(60.5f))
            .body("gpus[0].sampledAt", notNullValue())
            .extract()
            .path("lastHeartbeatAt");

    bearer(agent.credential())
        .body(heartbeat(1, 2, 3))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("gpus[2].index")));
    bearer(agent.credential())
        .body(Map.of("gpus", List.of(Map.of("index", 0, "utilizationPct", 101))))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("gpus[0].utilizationPct")));
    bearer(agent.credential())
        .body(Map.of("nodeId", agent.nodeId()))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(400);
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(200)
        .body("lastHeartbeatAt", equalTo(firstBeat))
        .body("gpus[0].utilizationPct", equalTo(55.5f));

    bearer(agent.credential())
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"));
  }

  @Test
  void deletingANodeRevokesItsCredential() {
    TestTenant t = TestTenant.create("agentdel");
    site(t, "s");
    Agent agent = register(t.token("AGENT"), registration("m", "s", "h", 1));
    bearer(agent.credential())
        .body(heartbeat(5))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
    t.admin().delete("/api/v1/nodes/" + agent.nodeId()).then().statusCode(204);
    bearer(agent.credential())
        .body(heartbeat(5))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(401);
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .statusCode(404)
        .body("detail", containsString("does not exist"));
    t.viewer()
        .get("/api/v1/nodes")
        .then()
        .body("totalItems", equalTo(0))
        .body("items", hasSize(0))
        .body("page", equalTo(0));
  }
}
