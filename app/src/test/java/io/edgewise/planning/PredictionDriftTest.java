package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Predictions against measurements (issue 13, part 7): agents push the edge segment they measure;
 * the deployment's plan shows it beside the prediction, drift beyond the threshold asks for a
 * re-plan, and that re-plan predicts what was measured.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PredictionDriftTest {

  @Inject Replanner replanner;

  @Test
  void anEdgeTwiceAsSlowAsPredictedIsFlaggedAndReplannedWithTheMeasuredTime() {
    PlanningWorld w = PlanningWorld.create("drift", 1, 2_000);
    String slow = w.deploy("slow", "AUTO");
    String steady = w.deploy("steady", "AUTO");
    w.computePlan();
    double predictedEdge = DriftFixtures.edgeMs(w, slow);
    assertThat(DriftFixtures.edgeMs(w, steady))
        .isCloseTo(predictedEdge, within(predictedEdge * 1e-5));

    // 600 requests each: the slow deployment's edge takes 2x its prediction, the steady one's 1.1x
    DriftFixtures.push(w, slow, 600, 2.0 * predictedEdge);
    DriftFixtures.push(w, steady, 600, 1.1 * predictedEdge);

    JsonPath slowView = w.deploymentPlan(slow).extract().jsonPath();
    assertThat(slowView.getBoolean("measured.drift")).isTrue();
    Map<String, Object> edge = segment(slowView, "EDGE");
    assertThat(((Number) edge.get("predictedMs")).doubleValue())
        .isCloseTo(predictedEdge, within(predictedEdge * 1e-5));
    assertThat(((Number) edge.get("measuredMs")).doubleValue())
        .isCloseTo(2 * predictedEdge, within(predictedEdge * 1e-3));
    assertThat(((Number) edge.get("relativeError")).doubleValue()).isCloseTo(1.0, within(1e-3));
    assertThat(edge.get("drift")).isEqualTo(true);
    assertThat(segment(slowView, "DEVICE").get("measuredMs"))
        .as("no device reported timings: not measured, never zero")
        .isNull();
    assertThat(segment(slowView, "UPLINK").get("relativeError")).isNull();
    assertThat(slowView.getString("measured.observedP95Source")).isEqualTo("AGENT");
    assertThat(slowView.getLong("measured.requests")).isEqualTo(600);

    JsonPath steadyView = w.deploymentPlan(steady).extract().jsonPath();
    assertThat(steadyView.getBoolean("measured.drift")).as("10% is within 25%").isFalse();
    assertThat(((Number) segment(steadyView, "EDGE").get("relativeError")).doubleValue())
        .isCloseTo(0.1, within(1e-3));

    assertThat(driftRows(w.tenant())).isEqualTo(1);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM deployment_drift WHERE deployment_id = ?::uuid", steady))
        .isZero();
    assertThat(
            Sql.count(
                "SELECT count(*) FROM planning_requests WHERE tenant_id = ? AND trigger = 'DRIFT'",
                w.tenant().id()))
        .isEqualTo(1);

    Sql.update("DELETE FROM planning_requests WHERE tenant_id <> ?", w.tenant().id());
    assertThat(replanner.runDue()).isEqualTo(1);
    w.tenant()
        .viewer()
        .get("/api/v1/plans/latest")
        .then()
        .statusCode(200)
        .body("summary.trigger", equalTo("DRIFT"));
    assertThat(DriftFixtures.edgeMs(w, slow))
        .as("the re-plan predicts the measured edge time")
        .isCloseTo(2 * predictedEdge, within(predictedEdge * 1e-3));
    assertThat(DriftFixtures.edgeMs(w, steady))
        .isCloseTo(predictedEdge, within(predictedEdge * 1e-5));

    // a second slow minute within the re-plan interval asks for nothing: drift cannot loop
    DriftFixtures.push(w, slow, 600, 8.0 * predictedEdge);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM planning_requests WHERE tenant_id = ?", w.tenant().id()))
        .isZero();
  }

  @Test
  void anotherTenantCannotReadTheComparisonNorIsItTouched() {
    PlanningWorld a = PlanningWorld.create("drifta", 1, 2_000);
    String mine = a.deploy("mine", "AUTO");
    a.computePlan();
    PlanningWorld b = PlanningWorld.create("driftb", 1, 2_000);
    String theirs = b.deploy("theirs", "AUTO");
    b.computePlan();
    Sql.update("DELETE FROM planning_requests WHERE tenant_id = ?", b.tenant().id());

    DriftFixtures.push(a, mine, 600, 10 * DriftFixtures.edgeMs(a, mine));

    b.tenant().admin().get("/api/v1/deployments/" + mine + "/plan").then().statusCode(404);
    b.tenant()
        .admin()
        .get("/api/v1/deployments/" + mine + "/plan?window=1h")
        .then()
        .statusCode(404);
    assertThat(driftRows(b.tenant())).isZero();
    assertThat(
            Sql.count(
                "SELECT count(*) FROM planning_requests WHERE tenant_id = ?", b.tenant().id()))
        .isZero();
    // B's node cannot push minutes for A's deployment either
    TestTenant.bearer(b.credentials().get(0))
        .body(Map.of("points", List.of(DriftFixtures.point(mine, b.edge().site(), 600, 1.0))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(404);
    assertThat(b.deploymentPlan(theirs).extract().jsonPath().getBoolean("measured.drift"))
        .isFalse();
    assertThat(driftRows(a.tenant())).isEqualTo(1);
  }

  @Test
  void anInvalidWindowIsAProblemNamingTheParameter() {
    PlanningWorld w = PlanningWorld.create("window", 1, 2_000);
    String d = w.deploy("d", "AUTO");
    w.computePlan();
    for (String bad : List.of("abc", "48h", "0m", "PT1S")) {
      w.tenant()
          .viewer()
          .get("/api/v1/deployments/" + d + "/plan?window=" + bad)
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("errors[0].field", equalTo("window"));
    }
    JsonPath view =
        w.tenant()
            .viewer()
            .get("/api/v1/deployments/" + d + "/plan?window=5m")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(view.getLong("measured.requests")).isZero();
    assertThat(view.getString("measured.observedP95Source")).isNull();
    assertThat(view.getBoolean("measured.drift")).isFalse();
  }

  private static long driftRows(TestTenant t) {
    return Sql.count("SELECT count(*) FROM deployment_drift WHERE tenant_id = ?", t.id());
  }

  private static Map<String, Object> segment(JsonPath view, String name) {
    List<Map<String, Object>> segments = view.getList("measured.segments");
    return segments.stream()
        .filter(s -> name.equals(s.get("segment")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " segment in " + view.prettify()));
  }
}
