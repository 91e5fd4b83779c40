package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.registry.OnnxTestModels;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/hardware/calibration over profiles measured on a T4, as tenants read it. */
@QuarkusTest
class HardwareCalibrationApiTest {

  @Test
  void viewersReadTheHeldOutErrorOfTheirOwnTenantsHardwareOnly() {
    TestTenant t = TestTenant.create("calib");
    for (int m = 0; m < 3; m++) {
      String model =
          t.createModel(Map.of("name", "cnn-" + m, "task", "classification", "family", "CNN"));
      String version = t.uploadVersion(model, "1.0", OnnxTestModels.mlp().toByteArray());
      t.operator()
          .body(measuredOnT4(m))
          .put("/api/v1/models/" + model + "/versions/" + version + "/profile")
          .then()
          .statusCode(200);
    }
    JsonPath report =
        t.viewer()
            .get("/api/v1/hardware/calibration")
            .then()
            .statusCode(200)
            .body("minSamples", equalTo(8))
            .body("hardware", hasSize(1))
            .body("hardware[0].hardware", equalTo("Tesla T4"))
            .body("hardware[0].samples", equalTo(30))
            .body("hardware[0].models", equalTo(3))
            .body("hardware[0].predicted", equalTo(30))
            .body("hardware[0].calibrated", equalTo(true))
            // no T4 registered by this tenant: no peak to compare with
            .body("hardware[0].peakRatioGflops", nullValue())
            .extract()
            .jsonPath();
    assertThat(report.getDouble("efficiency")).isEqualTo(0.4);
    // noise-free layers: 20 µs + work at 4,500 GFLOPS, recovered from the other two models
    assertThat(report.getDouble("hardware[0].calibratedMedianErrorPct")).isLessThan(0.01);
    assertThat(report.getDouble("hardware[0].pooled.fixedMs")).isCloseTo(0.02, within(1e-6));
    assertThat(report.getDouble("hardware[0].byLayerType.CONV.msPerGflop"))
        .isCloseTo(1000 / 4500.0, within(1e-6));

    TestTenant other = TestTenant.create("calib-other");
    other
        .viewer()
        .get("/api/v1/hardware/calibration")
        .then()
        .statusCode(200)
        .body("hardware", hasSize(0));
    RestAssured.given().get("/api/v1/hardware/calibration").then().statusCode(401);
  }

  /** Ten Conv layers of 0.1–1.0 GFLOP, each timed on the T4 at 0.02 ms + GFLOP / 4.5. */
  private static Map<String, Object> measuredOnT4(int model) {
    List<Map<String, Object>> layers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double gflops = 0.1 * (1 + (i + 3 * model) % 10);
      Map<String, Object> layer = new HashMap<>();
      layer.put("name", "conv" + i);
      layer.put("gflops", gflops);
      layer.put("outputBytes", 100_000);
      layer.put("inputs", i == 0 ? List.of() : List.of(i - 1));
      layer.put("op", "Conv");
      layer.put("measuredMs", Map.of("Tesla T4", 0.02 + gflops / 4.5));
      layers.add(layer);
    }
    return new HashMap<>(
        Map.of("source", "MEASURED", "inputBytes", 602_112, "accuracy", 0.7, "layers", layers));
  }
}
