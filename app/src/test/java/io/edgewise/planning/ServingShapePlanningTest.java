package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.edgewise.registry.onnx.PaddleOcrModels;
import io.edgewise.testing.TenantWorld;
import io.quarkus.test.junit.QuarkusTest;
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
    // 1·3·64·64 float32 = 49,152 B over the cameras' 50 Mbit/s = 7.86 ms + 5 ms RTT (it was 12 B,
    // 5.002 ms, when H and W counted as 1); a small shape keeps the profile its declaration queues
    // quick for the other tests' runners
    assertThat(edgeOnly.get("bytesUplinked").longValue()).isEqualTo(49_152L);
    assertThat(edgeOnly.get("uplinkMs").doubleValue()).isCloseTo(12.86, within(0.01));
  }
}
