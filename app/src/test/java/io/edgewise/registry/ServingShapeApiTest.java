package io.edgewise.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.registry.onnx.PaddleOcrModels;
import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A real Paddle2ONNX model with a {@code [N, 3, H, W]} input: uploading it works and says what to
 * declare, profiling refuses until the serving shape is declared, a declared shape is checked
 * against the inputs and then profiled through ONNX Runtime at that size.
 */
@QuarkusTest
class ServingShapeApiTest {

  private static final Logger LOG = Logger.getLogger(ServingShapeApiTest.class);
  private static final String ADVICE =
      "declare the serving shape of input 'x': [p2o.DynamicDimension.0?, 3,"
          + " p2o.DynamicDimension.1?, p2o.DynamicDimension.2?], e.g. [1,3,640,640]";

  @Inject ProfilingRunner runner;

  @Test
  void aDynamicModelUploadsAndSaysWhichDimensionsToDeclare() {
    TestTenant t = TestTenant.create("shape-advice");
    String model = RegistryFixtures.createModel(t, "ocr-det");
    String version = upload(t, model, PaddleOcrModels.DETECTION);

    t.viewer()
        .get(versionPath(model, version))
        .then()
        .statusCode(200)
        .body(
            "inputs[0].shape",
            equalTo(
                List.of(
                    "p2o.DynamicDimension.0",
                    "3",
                    "p2o.DynamicDimension.1",
                    "p2o.DynamicDimension.2")))
        .body("servingShape", nullValue())
        .body("shapeAdvice", equalTo(ADVICE));
  }

  @Test
  void profilingAnUndeclaredShapeIsRefusedNamingTheInputAndItsDimensions() {
    TestTenant t = TestTenant.create("shape-refused");
    String model = RegistryFixtures.createModel(t, "ocr-det");
    String version = upload(t, model, PaddleOcrModels.DETECTION);

    // the job the upload queued fails with the advice instead of timing a 1×3×1×1 input
    runner.runDue();
    t.viewer()
        .get(versionPath(model, version) + "/profiling")
        .then()
        .statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("error", containsString(ADVICE));
    t.viewer().get(versionPath(model, version) + "/profile").then().statusCode(404);
    t.operator()
        .post(versionPath(model, version) + "/profiling")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString(ADVICE));
  }

  @Test
  void aDeclaredShapeMustFitTheInputs() {
    TestTenant t = TestTenant.create("shape-rules");
    String model = RegistryFixtures.createModel(t, "ocr-det");
    String version = upload(t, model, PaddleOcrModels.DETECTION);
    String path = versionPath(model, version) + "/serving-shape";

    refused(t, path, Map.of("images", List.of(1, 3, 64, 64)), "servingShape.images");
    refused(t, path, Map.of("x", List.of(1, 4, 64, 64)), "servingShape.x[1]");
    refused(t, path, Map.of("x", List.of(1, 3, 0, 64)), "servingShape.x[2]");
    refused(t, path, Map.of("x", List.of(1, 3, 64)), "servingShape.x");
    t.operator()
        .contentType("application/octet-stream")
        .body(PaddleOcrModels.bytes(PaddleOcrModels.CLASSIFIER))
        .queryParam("label", "bad")
        .queryParam("servingShape", "[1,3]")
        .post("/api/v1/models/" + model + "/versions")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("servingShape"));
    t.viewer().body(Map.of("x", List.of(1, 3, 64, 64))).put(path).then().statusCode(403);

    t.operator()
        .body(Map.of("x", List.of(1, 3, 320, 480)))
        .put(path)
        .then()
        .statusCode(200)
        .body("servingShape.x", equalTo(List.of(1, 3, 320, 480)))
        .body("shapeAdvice", nullValue());
    // an empty declaration withdraws it (and the profile its declaration queued then refuses fast)
    t.operator()
        .body(Map.of())
        .put(path)
        .then()
        .statusCode(200)
        .body("servingShape", nullValue())
        .body("shapeAdvice", equalTo(ADVICE));
  }

  @Test
  void aDeclaredShapeIsProfiledThroughOnnxRuntimeWithEveryLayerCosted() {
    TestTenant t = TestTenant.create("shape-profiled");
    String model = RegistryFixtures.createModel(t, "ocr-cls");
    String version =
        t.operator()
            .contentType("application/octet-stream")
            .body(PaddleOcrModels.bytes(PaddleOcrModels.CLASSIFIER))
            .queryParam("label", "1.0")
            .queryParam("servingShape", "{\"x\":[1,3,48,192]}")
            .post("/api/v1/models/" + model + "/versions")
            .then()
            .statusCode(201)
            .body("servingShape.x", equalTo(List.of(1, 3, 48, 192)))
            .extract()
            .path("id");

    runner.runDue();

    String step =
        t.viewer()
            .get(versionPath(model, version) + "/profiling")
            .then()
            .statusCode(200)
            .body("state", equalTo("SUCCEEDED"))
            .extract()
            .path("step");
    LOG.infof("Profiling PP-OCR's classifier at 1×3×48×192: %s", step);
    JsonPath profile =
        t.viewer()
            .get(versionPath(model, version) + "/profile")
            .then()
            .statusCode(200)
            .body("source", equalTo("MEASURED"))
            .body("inputBytes", equalTo(3 * 48 * 192 * 4))
            .body("unknownCosts", equalTo(List.of()))
            .extract()
            .jsonPath();
    List<Map<String, Object>> layers = profile.getList("layers");
    assertThat(layers).hasSize(221);
    assertThat(layers).allSatisfy(l -> assertThat(l.get("gflops")).isNotNull());
    assertThat(layers).allSatisfy(l -> assertThat(l.get("outputBytes")).isNotNull());
    assertThat(layers).allSatisfy(l -> assertThat((Map<?, ?>) l.get("measuredMs")).isNotEmpty());
    // the analysis's own total (RealExporterModelsTest): 36,176,716 FLOPs at 48×192
    assertThat(profile.getDouble("totalGflops")).isCloseTo(0.0362, within(0.0001));
  }

  private static void refused(TestTenant t, String path, Object body, String field) {
    t.operator()
        .body(body)
        .put(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  static String upload(TestTenant t, String model, String file) {
    return t.uploadVersion(model, "1.0", PaddleOcrModels.bytes(file));
  }

  static String versionPath(String model, String version) {
    return "/api/v1/models/" + model + "/versions/" + version;
  }

  private static org.assertj.core.data.Offset<Double> within(double v) {
    return org.assertj.core.data.Offset.offset(v);
  }
}
