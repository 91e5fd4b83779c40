package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.edgewise.node.OfflineSweeper;
import io.edgewise.testing.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@SuppressWarnings("unchecked")
class PlanningApiTest {

  @Inject Replanner replanner;
  @Inject OfflineSweeper sweeper;

  @Test
  void operatorPlansNowAndEveryoneReadsTheBreakdown() {
    PlanningWorld w = PlanningWorld.create("plan", 2, 2_000);
    String edge = w.deploy("edge-detector", "AUTO");
    String device = w.deploy("on-device-detector", "DEVICE_ONLY");

    JsonPath plan =
        w.computePlan()
            .header("Location", containsString("/api/v1/plans/"))
            .body("summary.trigger", equalTo("MANUAL"))
            .body("summary.deployments", equalTo(2))
            .body("summary.placed", equalTo(1))
            .body("summary.unplaced", equalTo(0))
            .body("summary.gpusUsed", equalTo(1))
            .body("gpus", hasSize(2))
            .extract()
            .jsonPath();
    Map<String, Object> placed = entry(plan, "edge-detector");
    assertThat(placed.get("outcome")).isEqualTo("PLACED");
    assertThat((List<?>) placed.get("gpuIds")).hasSize(1);
    // 602,112 B over 50 Mbit/s = 96.34 ms + 5 ms RTT + 2 ms of the edge's serving cost
    // (edgewise.planning.edge-request-overhead-ms, carried by the uplink); 6.1 GFLOP at 65 TFLOPS
    // x 0.4 = 0.23 ms: the whole model runs at the edge.
    Map<String, Object> partition = (Map<String, Object>) placed.get("partition");
    assertThat((List<String>) partition.get("tiers")).containsOnly("EDGE");
    Map<String, Number> figures = (Map<String, Number>) partition.get("plan");
    assertThat(figures.get("uplinkMs").doubleValue()).isCloseTo(103.34, within(0.01));
    assertThat(figures.get("edgeMs").doubleValue()).isCloseTo(6.1 / 26_000 * 1000, within(1e-6));
    // The profile's last layer answers with 4,000 bytes, back over the same 50 Mbit/s link, no RTT.
    assertThat(figures.get("downlinkMs").doubleValue()).isCloseTo(4_000 / 6_250.0, within(1e-6));
    // A quarter of the 300 ms SLO is kept for queueing (edgewise.planning.queueing-share).
    assertThat(((Number) partition.get("partitionBudgetMs")).doubleValue()).isEqualTo(225.0);
    assertThat(((Number) partition.get("queueingBudgetMs")).doubleValue()).isEqualTo(75.0);
    assertThat(partition.get("cloudOnly")).as("the tenant has no CLOUD site").isNull();
    Map<String, Number> deviceOnly = (Map<String, Number>) partition.get("deviceOnly");
    assertThat(deviceOnly.get("totalMs").doubleValue())
        .as("6.1 GFLOP at 2 GFLOPS")
        .isCloseTo(3050, within(1e-6));
    assertThat(((Number) placed.get("p95Ms")).doubleValue())
        .isGreaterThan(figures.get("totalMs").doubleValue())
        .isLessThan(300);

    Map<String, Object> onDevice = entry(plan, "on-device-detector");
    assertThat(onDevice.get("outcome")).isEqualTo("OFF_EDGE");
    assertThat(((Number) onDevice.get("p95Ms")).doubleValue()).isCloseTo(3050, within(1e-6));

    String planId = plan.getString("summary.id");
    w.tenant()
        .viewer()
        .get("/api/v1/plans/latest")
        .then()
        .statusCode(200)
        .body("summary.id", equalTo(planId));
    w.tenant()
        .viewer()
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(planId));
    w.deploymentPlan(edge)
        .body("planId", equalTo(planId))
        .body("meetsSlo", equalTo(true))
        .body("latencySloMs", equalTo(300.0f))
        .body("plan.outcome", equalTo("PLACED"));
    w.deploymentPlan(device).body("meetsSlo", equalTo(false));
  }

  @Test
  void theSameInputsGiveTheSameDigestAndAChangeGivesAnother() {
    PlanningWorld w = PlanningWorld.create("digest", 1, 2_000);
    w.deploy("d", "AUTO");
    String first = w.computePlan().extract().path("summary.inputsDigest");
    String again = w.computePlan().extract().path("summary.inputsDigest");
    assertThat(again).isEqualTo(first).hasSize(64);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM plans WHERE tenant_id = ? AND"
                    + " jsonb_array_length(inputs->'deployments') = 1",
                w.tenant().id()))
        .as("each plan stores the inputs it was computed from")
        .isEqualTo(2);
    w.deploy("d2", "AUTO");
    String changed = w.computePlan().extract().path("summary.inputsDigest");
    assertThat(changed).isNotEqualTo(first);
  }

  @Test
  void aDeploymentThatFitsNoGpuIsUnplacedWithItsReason() {
    PlanningWorld w = PlanningWorld.create("toobig", 1, 40_000);
    String id = w.deploy("huge", "EDGE_ONLY");
    w.computePlan()
        .body("summary.unplaced", equalTo(1))
        .body("summary.sloAttainment", equalTo(0.0f));
    w.deploymentPlan(id)
        .body("plan.outcome", equalTo("UNPLACED"))
        .body("plan.reason", containsString("MiB"))
        .body("meetsSlo", equalTo(false));
  }

  @Test
  void aDeploymentWhoseBestSplitMissesTheSloSaysWhereTheTimeGoes() {
    PlanningWorld w = PlanningWorld.create("tooslow", 1, 2_000);
    // Sending the 602 kB input over 50 Mbit/s alone takes 101 ms (103 with the edge's serving
    // cost); running on the 2 GFLOPS camera takes 3 s.
    String id = w.deploy("impatient", "AUTO", 50);
    w.computePlan().body("summary.unplaced", equalTo(1));
    w.deploymentPlan(id)
        .body("plan.outcome", equalTo("UNPLACED"))
        .body("plan.reason", containsString("uplink 103.3"))
        .body("plan.reason", containsString("above the 50 ms SLO"))
        .body("plan.partition.plan.meetsSlo", equalTo(false));
  }

  @Test
  void viewersReadPlansButOnlyOperatorsComputeThem() {
    PlanningWorld w = PlanningWorld.create("planroles", 1, 2_000);
    w.tenant()
        .viewer()
        .get("/api/v1/plans/latest")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("none has been computed"));
    w.tenant()
        .viewer()
        .post("/api/v1/plans")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    RestAssured.given().post("/api/v1/plans").then().statusCode(401);
    w.tenant().admin().post("/api/v1/plans").then().statusCode(201);
    w.tenant().viewer().get("/api/v1/plans/latest").then().statusCode(200);
  }

  @Test
  void anotherTenantsPlansAndDeploymentPlansReadAsNotFound() {
    PlanningWorld a = PlanningWorld.create("plana", 1, 2_000);
    String deployment = a.deploy("mine", "AUTO");
    String planId = a.computePlan().extract().path("summary.id");
    PlanningWorld b = PlanningWorld.create("planb", 1, 2_000);
    b.tenant().admin().get("/api/v1/plans/" + planId).then().statusCode(404);
    b.tenant().admin().get("/api/v1/deployments/" + deployment + "/plan").then().statusCode(404);
    b.tenant().admin().get("/api/v1/plans/latest").then().statusCode(404);
    b.computePlan().body("summary.deployments", equalTo(0));
    a.tenant().viewer().get("/api/v1/plans/" + planId).then().statusCode(200);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM plan_entries WHERE plan_id = ?::uuid AND tenant_id <> ?",
                planId,
                a.tenant().id()))
        .isZero();
  }

  @Test
  void aNodeGoingOfflineMovesOnlyItsDeployments() {
    // 9,000 MiB each: no two deployments share a 15,360 MiB GPU, so each sits on its own node.
    PlanningWorld w = PlanningWorld.create("replan", 3, 9_000);
    w.deploy("first", "EDGE_ONLY");
    w.deploy("second", "EDGE_ONLY");
    JsonPath before = w.computePlan().body("summary.placed", equalTo(2)).extract().jsonPath();
    String lostGpu = ((List<String>) entry(before, "first").get("gpuIds")).get(0);
    String keptGpu = ((List<String>) entry(before, "second").get("gpuIds")).get(0);
    String lostNode = before.getString("gpus.find { it.gpuId == '" + lostGpu + "' }.nodeId");

    sweeper.markOffline(Duration.ZERO);
    for (int n = 0; n < w.nodes().size(); n++) {
      if (!w.nodes().get(n).equals(lostNode)) {
        PlanningWorld.heartbeat(w.credentials().get(n));
      }
    }
    // Only this tenant's request matters here; other tests' tenants are planned by their own tests.
    Sql.update("DELETE FROM planning_requests WHERE tenant_id <> ?", w.tenant().id());
    assertThat(replanner.runDue()).isEqualTo(1);
    assertThat(replanner.runDue()).as("the request was consumed").isZero();

    JsonPath after =
        w.tenant()
            .viewer()
            .get("/api/v1/plans/latest")
            .then()
            .statusCode(200)
            .body("summary.trigger", equalTo("NODE_STATUS"))
            .body("summary.moved", equalTo(1))
            .body("summary.placed", equalTo(2))
            .body("gpus", hasSize(2))
            .extract()
            .jsonPath();
    assertThat((List<String>) entry(after, "second").get("gpuIds")).containsExactly(keptGpu);
    assertThat((List<String>) entry(after, "first").get("gpuIds"))
        .doesNotContain(lostGpu)
        .hasSize(1);
  }

  @Test
  void deploymentChangesRequestARePlanThatTheReplannerConsumes() {
    PlanningWorld w = PlanningWorld.create("debounce", 1, 2_000);
    w.deploy("d", "AUTO");
    assertThat(
            Sql.count(
                "SELECT count(*) FROM planning_requests WHERE tenant_id = ? AND trigger ="
                    + " 'DEPLOYMENT_CHANGE'",
                w.tenant().id()))
        .isEqualTo(1);
    Sql.update("DELETE FROM planning_requests WHERE tenant_id <> ?", w.tenant().id());
    assertThat(replanner.runDue()).isEqualTo(1);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM planning_requests WHERE tenant_id = ?", w.tenant().id()))
        .isZero();
    w.tenant()
        .viewer()
        .get("/api/v1/plans/latest")
        .then()
        .statusCode(200)
        .body("summary.trigger", equalTo("DEPLOYMENT_CHANGE"));
  }

  @Test
  void twoReplannersRacingForTheSameTenantPlanItOnce() throws Exception {
    PlanningWorld w = PlanningWorld.create("race", 1, 2_000);
    w.deploy("d", "AUTO");
    Sql.update("DELETE FROM planning_requests WHERE tenant_id <> ?", w.tenant().id());
    var pool = Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(replanner::runDue);
      var second = pool.submit(replanner::runDue);
      assertThat(first.get() + second.get())
          .as("plans made by both instances together")
          .isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(Sql.count("SELECT count(*) FROM plans WHERE tenant_id = ?", w.tenant().id()))
        .isEqualTo(1);
  }

  private static Map<String, Object> entry(JsonPath plan, String deployment) {
    return plan.getMap("deployments.find { it.deploymentName == '" + deployment + "' }");
  }
}
