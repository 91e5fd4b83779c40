package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.edgewise.registry.onnx.PaddleOcrModels;
import io.edgewise.testing.TenantWorld;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment of a model whose input is {@code [N, 3, H, W]} is planned only once its serving
 * shape is declared, and then from that shape: never from a made-up 1×3×1×1 input.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ServingShapePlanningTest {

  @Test
  void anUndeclaredShapeIsUnplacedSayingWhatToDeclareAndADeclaredOneIsPlannedFromIt() {
    PlanningWorld w = PlanningWorld.create("shape-plan", 1, 2_000);
    String version =
        w.tenant()
            .uploadVersion(w.model(), "ocr-1", PaddleOcrModels.bytes(PaddleOcrModels.DETECTION));
    String id =
        w.tenant()
            .createDeployment(
                TenantWorld.activeDeployment("ocr", version, w.fleet(), 1_000, "AUTO"));

    w.computePlan();
    w.deploymentPlan(id)
        .body("plan.outcome", equalTo("UNPLACED"))
        .body("plan.reason", containsString("declare the serving shape of input 'x'"))
        .body("plan.reason", containsString("e.g. [1,3,640,640]"));

    w.tenant()
        .operator()
        .body(Map.of("x", List.of(1, 3, 64, 64)))
        .put("/api/v1/models/" + w.model() + "/versions/" + version + "/serving-shape")
        .then()
        .statusCode(200);
    w.computePlan();
    Map<String, Object> plan =
        w.deploymentPlan(id).body("plan.outcome", not(equalTo("UNPLACED"))).extract().path("plan");
    Map<String, Object> partition = (Map<String, Object>) plan.get("partition");
    Map<String, Number> edgeOnly = (Map<String, Number>) partition.get("edgeOnly");
    // 1·3·64·64 float32 = 49,152 B over the cameras' 50 Mbit/s = 7.86 ms + 5 ms RTT + the edge's
    // 2 ms serving cost per request (it was 12 B, 7.002 ms, when H and W counted as 1); a small
    // shape keeps the profile its declaration queues quick for the other tests' runners
    assertThat(edgeOnly.get("bytesUplinked").longValue()).isEqualTo(49_152L);
    assertThat(edgeOnly.get("uplinkMs").doubleValue()).isCloseTo(14.86, within(0.01));
  }

  @Test
  void aLayerOfUnknownOutputSizeIsNeverCutAfterAsIfItSentNothing() {
    PlanningWorld w = PlanningWorld.create("unknown-bytes", 1, 2_000);
    Map<String, Object> custom = new HashMap<>();
    custom.put("name", "custom");
    custom.put("gflops", 0.0001);
    custom.put("outputBytes", null);
    custom.put("inputs", List.of(0));
    w.tenant()
        .operator()
        .body(
            Map.of(
                "source",
                "ESTIMATED",
                "inputBytes",
                50_000_000,
                "memoryMib",
                1_000,
                "layers",
                List.of(
                    Map.of(
                        "name",
                        "stem",
                        "gflops",
                        0.2,
                        "outputBytes",
                        4_000_000,
                        "inputs",
                        List.of()),
                    custom,
                    Map.of(
                        "name",
                        "head",
                        "gflops",
                        50.0,
                        "outputBytes",
                        4_000,
                        "inputs",
                        List.of(1)))))
        .put("/api/v1/models/" + w.model() + "/versions/" + w.version() + "/profile")
        .then()
        .statusCode(200);
    String id = w.deploy("cut", "AUTO", 5_000);

    w.computePlan();
    Map<String, Number> chosen = w.deploymentPlan(id).extract().path("plan.partition.plan");
    // were the unknown size read as 0, the cut after "custom" (device 100 ms, nothing to send)
    // would win; priced out, the cut after "stem" does: 4 MB up in 640 ms, not the 50 MB input
    assertThat(chosen.get("bytesUplinked").longValue()).isEqualTo(4_000_000L);
    assertThat(chosen.get("deviceMs").doubleValue()).isCloseTo(100.0, within(1e-6));
  }

  @Test
  void aLayerOfUnknownWorkIsNotCostedAsFree() {
    PlanningWorld w = PlanningWorld.create("unknown-work", 1, 2_000);
    Map<String, Object> custom = new HashMap<>();
    custom.put("name", "custom");
    custom.put("gflops", null);
    custom.put("outputBytes", 4_000);
    custom.put("inputs", List.of());
    w.tenant()
        .operator()
        .body(Map.of("source", "ESTIMATED", "inputBytes", 602_112, "layers", List.of(custom)))
        .put("/api/v1/models/" + w.model() + "/versions/" + w.version() + "/profile")
        .then()
        .statusCode(200);
    String id = w.deploy("unknown", "AUTO");

    w.computePlan();
    w.deploymentPlan(id)
        .body("plan.outcome", equalTo("UNPLACED"))
        .body("plan.reason", containsString("layer 'custom' has no known work (GFLOP)"));
  }
}
