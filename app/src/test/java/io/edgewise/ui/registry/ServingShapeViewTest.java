package io.edgewise.ui.registry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.edgewise.registry.onnx.PaddleOcrModels;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The version page of a model with a {@code [N, 3, H, W]} input says what to declare, lets
 * operators declare it (refusals marked on the field), and shows unknown layer costs as gaps.
 */
@QuarkusTest
class ServingShapeViewTest extends KaribuViewTest {

  @Test
  void operatorsDeclareTheServingShapeOfADynamicModelAndMistakesAreMarked() {
    TestTenant t = TestTenant.create("kshape");
    String model = t.createModel(TenantWorld.model("ocr-" + t.slug()));
    String version =
        t.uploadVersion(model, "1.0", PaddleOcrModels.bytes(PaddleOcrModels.DETECTION));
    signIn(t.operatorEmail(), TestTenant.PASSWORD);
    open("models/" + model + "/versions/" + version);
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("ew-shape-advice")).getText())
        .contains("declare the serving shape of input 'x'")
        .contains("e.g. [1,3,640,640]");
    TextField x = _get(TextField.class, spec -> spec.withId("serving-shape-x"));
    assertThat(x.getLabel())
        .isEqualTo(
            "x [p2o.DynamicDimension.0?, 3, p2o.DynamicDimension.1?, p2o.DynamicDimension.2?]");

    x.setValue("1, 4, 320, 320");
    _click(_get(Button.class, spec -> spec.withId("declare-serving-shape")));
    x = _get(TextField.class, spec -> spec.withId("serving-shape-x"));
    assertThat(x.isInvalid()).isTrue();
    assertThat(x.getErrorMessage()).isEqualTo("the model fixes this dimension at 3");

    x.setValue("1, 3, 320, 320");
    _click(_get(Button.class, spec -> spec.withId("declare-serving-shape")));
    _assertNone(Paragraph.class, spec -> spec.withClasses("ew-shape-advice"));
    assertThat(_get(TextField.class, spec -> spec.withId("serving-shape-x")).getValue())
        .isEqualTo("1, 3, 320, 320");
  }

  @Test
  void viewersReadWhatToDeclareButHaveNoForm() {
    TestTenant t = TestTenant.create("kshapev");
    String model = t.createModel(TenantWorld.model("ocr-" + t.slug()));
    String version =
        t.uploadVersion(model, "1.0", PaddleOcrModels.bytes(PaddleOcrModels.CLASSIFIER));
    signIn(t.viewerEmail(), TestTenant.PASSWORD);
    open("models/" + model + "/versions/" + version);
    _get(Paragraph.class, spec -> spec.withClasses("ew-shape-advice"));
    _assertNone(TextField.class, spec -> spec.withId("serving-shape-x"));
  }

  @Test
  void layersOfUnknownCostAreListedAndChartedAsGapsNotZeros() {
    TestTenant t = TestTenant.create("kshapeu");
    String model = t.createModel(TenantWorld.model("m-" + t.slug()));
    String version =
        t.uploadVersion(model, "1.0", io.edgewise.registry.OnnxTestModels.mlp().toByteArray());
    Map<String, Object> custom = new HashMap<>();
    custom.put("name", "custom");
    custom.put("gflops", null);
    custom.put("outputBytes", null);
    custom.put("inputs", List.of(0));
    t.operator()
        .body(
            Map.of(
                "source",
                "ESTIMATED",
                "inputBytes",
                16,
                "layers",
                List.of(
                    Map.of("name", "matmul", "gflops", 0.5, "outputBytes", 64, "inputs", List.of()),
                    custom,
                    Map.of(
                        "name", "relu", "gflops", 0.1, "outputBytes", 64, "inputs", List.of(1)))))
        .put("/api/v1/models/" + model + "/versions/" + version + "/profile")
        .then()
        .statusCode(200)
        .body("unknownCosts", org.hamcrest.Matchers.equalTo(List.of("custom")))
        .body("totalGflops", org.hamcrest.Matchers.nullValue());
    signIn(t.viewerEmail(), TestTenant.PASSWORD);
    open("models/" + model + "/versions/" + version);
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("ew-unknown-costs")).getText())
        .contains("1 layers")
        .endsWith(": custom");
    JsonNode option = ((VersionView) currentView()).chart().orElseThrow().getOption();
    assertThat(option.at("/series/0/data/1").isNull()).isTrue();
    assertThat(option.at("/series/1/data/1").isNull()).isTrue();
    assertThat(option.at("/series/0/data/0").asDouble()).isEqualTo(0.5);
  }
}
