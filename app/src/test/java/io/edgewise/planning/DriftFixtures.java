package io.edgewise.planning;

import static org.hamcrest.Matchers.equalTo;

import io.edgewise.testing.TestTenant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minutes an agent pushes with a measured edge segment, for drift tests in the API and the UI. */
public final class DriftFixtures {

  private DriftFixtures() {}

  /** The predicted edge time of the deployment's entry in the latest plan. */
  public static double edgeMs(PlanningWorld w, String deployment) {
    return w.deploymentPlan(deployment)
        .extract()
        .jsonPath()
        .getDouble("plan.partition.plan.edgeMs");
  }

  /** The node's minute of {@code requests} whose edge segment averaged {@code edgeMeanMs}. */
  public static void push(PlanningWorld w, String deployment, long requests, double edgeMeanMs) {
    TestTenant.bearer(w.credentials().get(0))
        .body(Map.of("points", List.of(point(deployment, w.edge().site(), requests, edgeMeanMs))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1));
  }

  public static Map<String, Object> point(
      String deployment, String site, long requests, double edgeMeanMs) {
    Map<String, Object> p = new HashMap<>();
    p.put("deploymentId", deployment);
    p.put("siteId", site);
    p.put("minute", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString());
    p.put("requests", requests);
    p.put("latencyP50Ms", edgeMeanMs);
    p.put("latencyP95Ms", 1.2 * edgeMeanMs);
    p.put("latencyP99Ms", 1.5 * edgeMeanMs);
    p.put("sloViolations", 0);
    p.put("bytesUplinked", 0);
    p.put("bytesAvoided", 0);
    p.put("cacheHits", requests);
    p.put("cacheMisses", 0);
    p.put("deviceEnergySavedJ", 0.0);
    p.put("segments", Map.of("edgeMeanMs", edgeMeanMs, "edgeP95Ms", 1.2 * edgeMeanMs));
    return p;
  }
}
