package io.edgewise.node;

import static io.edgewise.node.NodeFixtures.bearer;
import static io.edgewise.node.NodeFixtures.heartbeat;
import static io.edgewise.node.NodeFixtures.node;
import static io.edgewise.node.NodeFixtures.register;
import static io.edgewise.node.NodeFixtures.registration;
import static io.edgewise.node.NodeFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.node.NodeFixtures.Agent;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NodeLivenessTest {

  @Inject OfflineSweeper sweeper;

  @Test
  void heartbeatsBringNodesOnlineAndTheSweeperMarksSilentOnesOffline() {
    TestTenant t = TestTenant.create("live");
    site(t, "s");
    Agent agent = register(t.token("AGENT"), registration("m", "s", "h", 1));
    bearer(agent.credential())
        .body(heartbeat(40))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"));
    bearer(agent.credential())
        .body(heartbeat(41))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"));

    assertThat(sweeper.markOffline(Duration.ofHours(1)))
        .as("a node that just beat is not silent")
        .isZero();
    assertThat(sweeper.markOffline(Duration.ZERO)).isGreaterThanOrEqualTo(1);
    t.viewer().get("/api/v1/nodes/" + agent.nodeId()).then().body("status", equalTo("OFFLINE"));
    assertThat(sweeper.markOffline(Duration.ZERO))
        .as("offline nodes are not marked again")
        .isZero();

    bearer(agent.credential())
        .body(heartbeat(42))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"));
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId() + "/transitions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("items.from", equalTo(List.of("OFFLINE", "ONLINE", "PENDING")))
        .body("items.to", equalTo(List.of("ONLINE", "OFFLINE", "ONLINE")))
        .body("items.reason", equalTo(List.of("heartbeat", "missed heartbeats", "heartbeat")));
  }

  @Test
  void nodesInMaintenanceStayThereWhileTheirAgentHeartbeats() {
    TestTenant t = TestTenant.create("livemaint");
    String siteId = site(t, "s");
    Agent agent = register(t.token("AGENT"), registration("m", "s", "h", 1));
    Map<String, Object> body = node("h", siteId, 1);
    body.put("status", "MAINTENANCE");
    t.admin().body(body).put("/api/v1/nodes/" + agent.nodeId()).then().statusCode(200);

    bearer(agent.credential())
        .body(heartbeat(5))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("MAINTENANCE"));
    sweeper.markOffline(Duration.ZERO);
    t.viewer()
        .get("/api/v1/nodes/" + agent.nodeId())
        .then()
        .body("status", equalTo("MAINTENANCE"))
        .body("lastHeartbeatAt", notNullValue())
        .body("gpus[0].utilizationPct", equalTo(5.0f));
  }

  @Test
  void aNodeCredentialSpeaksOnlyForItsOwnNode() {
    TestTenant t = TestTenant.create("liveown");
    site(t, "s");
    String agentToken = t.token("AGENT");
    Agent a = register(agentToken, registration("a", "s", "a", 1));
    Agent b = register(agentToken, registration("b", "s", "b", 1));
    bearer(a.credential())
        .body(heartbeat(90))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
    t.viewer()
        .get("/api/v1/nodes/" + b.nodeId())
        .then()
        .body("status", equalTo("PENDING"))
        .body("lastHeartbeatAt", nullValue())
        .body("gpus[0].utilizationPct", nullValue());
    t.viewer()
        .get("/api/v1/nodes/" + a.nodeId())
        .then()
        .body("status", equalTo("ONLINE"))
        .body("gpus[0].utilizationPct", equalTo(90.0f));
  }

  @Test
  void tenantBCredentialsCannotTouchTenantANodes() {
    TestTenant a = TestTenant.create("liveta");
    TestTenant b = TestTenant.create("livetb");
    site(a, "s");
    site(b, "s");
    Agent nodeA = register(a.token("AGENT"), registration("same-machine", "s", "h", 1));
    Agent nodeB = register(b.token("AGENT"), registration("same-machine", "s", "h", 1));
    assertThat(nodeB.nodeId()).as("agent ids are per tenant").isNotEqualTo(nodeA.nodeId());

    bearer(nodeB.credential())
        .body(heartbeat(77))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200);
    bearer(b.token("ADMIN"))
        .get("/api/v1/nodes/" + nodeA.nodeId())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    bearer(b.token("ADMIN")).delete("/api/v1/nodes/" + nodeA.nodeId()).then().statusCode(404);
    b.admin().get("/api/v1/nodes/" + nodeA.nodeId() + "/transitions").then().statusCode(404);

    a.viewer()
        .get("/api/v1/nodes/" + nodeA.nodeId())
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"))
        .body("lastHeartbeatAt", nullValue())
        .body("gpus[0].utilizationPct", nullValue());
    bearer(nodeA.credential())
        .body(heartbeat(1))
        .post("/api/v1/agent/heartbeat")
        .then()
        .statusCode(200)
        .body("status", equalTo("ONLINE"));
  }
}
