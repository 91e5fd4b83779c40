package io.edgewise.ui.registry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import io.edgewise.registry.ModelFamily;
import io.edgewise.registry.ModelOverview;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.OnnxTestModels;
import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.AgentSite;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Models, versions, ONNX upload and the layer-profile chart, browserless, by role and across
 * tenants.
 */
@QuarkusTest
class RegistryViewsTest extends KaribuViewTest {

  @Inject ProfilingRunner runner;

  private static TestTenant a;
  private static String model;
  private static String modelName;
  private static String version;

  @BeforeEach
  void world() {
    if (a == null) {
      a = TestTenant.create("kreg");
      modelName = "detector-" + a.slug();
      model = a.createModel(TenantWorld.model(modelName));
      version = a.uploadVersion(model, "1.0.0", OnnxTestModels.mlp().toByteArray());
    }
  }

  @Test
  void viewersSeeModelsAndVersionsButNoCreateOrUpload() {
    signIn(a.viewerEmail(), TestTenant.PASSWORD);
    open("models");
    @SuppressWarnings("unchecked")
    Grid<ModelOverview> models = _get(Grid.class);
    assertThat(GridKt._size(models)).isEqualTo(1);
    assertThat(GridKt._get(models, 0).versions().latestLabel()).isEqualTo("1.0.0");
    _assertNone(Button.class, spec -> spec.withText("New model"));

    open("models/" + model);
    @SuppressWarnings("unchecked")
    Grid<ModelVersion> versions = _get(Grid.class);
    assertThat(GridKt._size(versions)).isEqualTo(1);
    assertThat(GridKt._get(versions, 0).artifactSha256).hasSize(64);
    _assertNone(Button.class, spec -> spec.withText("Upload version"));
  }

  @Test
  void operatorsCreateAModelAndUploadAVersionThatShowsItsSha256() {
    TestTenant t = TestTenant.create("kregop");
    signIn(t.operatorEmail(), TestTenant.PASSWORD);
    open("models");
    _click(_get(Button.class, spec -> spec.withText("New model")));
    _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "lanes-" + t.slug());
    _setValue(_get(TextField.class, spec -> spec.withLabel("Task")), "lane-detection");
    @SuppressWarnings("unchecked")
    ComboBox<ModelFamily> family = _get(ComboBox.class, spec -> spec.withLabel("Family"));
    _setValue(family, ModelFamily.CNN);
    _click(_get(Button.class, spec -> spec.withText("Create")));
    assertThat(currentView()).isInstanceOf(ModelDetailView.class);

    _click(_get(Button.class, spec -> spec.withText("Upload version")));
    VersionUploadDialog dialog = _get(VersionUploadDialog.class);
    assertThat(dialog.upload().isEnabled()).isFalse();
    _setValue(dialog.label(), "2.0.0");
    assertThat(dialog.upload().isEnabled()).isTrue();
    byte[] onnx = OnnxTestModels.mlp().toByteArray();
    UploadKt._upload(dialog.upload(), "mlp.onnx", "application/octet-stream", onnx);
    String created = t.viewer().get("/api/v1/models?q=lanes").then().extract().path("items[0].id");
    String stored =
        t.viewer()
            .get("/api/v1/models/" + created + "/versions")
            .then()
            .extract()
            .path("items[0].sha256");
    assertThat(dialog.result().getText())
        .contains(stored)
        .contains("2.0.0")
        .contains(onnx.length + " bytes");

    // the same label again is refused with a readable message; nothing new is stored
    UploadKt._upload(dialog.upload(), "mlp.onnx", "application/octet-stream", onnx);
    assertThat(dialog.result().isVisible()).isFalse();
    UploadKt._upload(
        dialog.upload(), "notes.onnx", "application/octet-stream", "not a model".getBytes());
    assertThat(
            t.viewer()
                .get("/api/v1/models/" + created + "/versions")
                .then()
                .extract()
                .<List<?>>path("items"))
        .hasSize(1);
  }

  @Test
  void aProfiledVersionShowsOneChartPointPerLayerAndAnUnprofiledOneSaysSo() {
    signIn(a.viewerEmail(), TestTenant.PASSWORD);
    open("models/" + model + "/versions/" + version);
    assertThat(((VersionView) currentView()).chart()).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("ew-empty")).getText())
        .startsWith("No profile yet");

    a.operator()
        .body(
            Map.of(
                "source",
                "MEASURED",
                "inputBytes",
                602_112,
                "layers",
                List.of(
                    Map.of(
                        "name",
                        "conv",
                        "gflops",
                        5.0,
                        "outputBytes",
                        400_000,
                        "inputs",
                        List.of(),
                        "measuredMs",
                        Map.of("jetson-nano", 40.0, "T4", 2.0)),
                    Map.of(
                        "name",
                        "pool",
                        "gflops",
                        0.1,
                        "outputBytes",
                        100_000,
                        "inputs",
                        List.of(0),
                        "measuredMs",
                        Map.of("jetson-nano", 3.0, "T4", 0.2)),
                    Map.of(
                        "name",
                        "fc",
                        "gflops",
                        1.0,
                        "outputBytes",
                        4_000,
                        "inputs",
                        List.of(1),
                        "measuredMs",
                        Map.of("jetson-nano", 9.0, "T4", 0.5)))))
        .put("/api/v1/models/" + model + "/versions/" + version + "/profile")
        .then()
        .statusCode(200);
    open("models/" + model + "/versions/" + version);
    JsonNode option = ((VersionView) currentView()).chart().orElseThrow().getOption();
    assertThat(option.at("/xAxis/data")).hasSize(3);
    assertThat(option.get("series")).hasSize(3);
    option.get("series").forEach(series -> assertThat(series.get("data")).hasSize(3));
    assertThat(option.at("/series/2/type").asText()).isEqualTo("line");
    assertThat(option.at("/yAxis/1/type").asText()).isEqualTo("log");
    assertThat(option.at("/series/0/data/0").asDouble()).isEqualTo(2.0);
  }

  @Test
  void aVersionShowsTheBatchCurvesItsAgentsMeasured() {
    // a tenant of its own, profiled by an operator's PUT: the other tests' world stays as it is
    TestTenant t = TestTenant.create("kreg-curve");
    String own = t.createModel(TenantWorld.model("curved-" + t.slug()));
    String curved = t.uploadVersion(own, "1.0.0", OnnxTestModels.mlp().toByteArray());
    t.operator()
        .body(
            Map.of(
                "inputBytes",
                64,
                "layers",
                List.of(
                    Map.of("name", "fc", "gflops", 0.1, "outputBytes", 40, "inputs", List.of()))))
        .put("/api/v1/models/" + own + "/versions/" + curved + "/profile")
        .then()
        .statusCode(200);
    AgentSite.mecSite(t, "curve-edge");
    String credential =
        TestTenant.registerAgent(
                t.token("AGENT"),
                TenantWorld.agent("curve-agent", "curve-edge", 2, 8_192, TenantWorld.gpu()))
            .path("credential");
    TestTenant.bearer(credential)
        .body(
            Map.of(
                "hardware",
                "cpu-2c",
                "points",
                List.of(Map.of("batch", 1, "ms", 0.5), Map.of("batch", 2, "ms", 0.625))))
        .put("/api/v1/agent/profiles/" + curved + "/batch-curve")
        .then()
        .statusCode(200);

    signIn(t.viewerEmail(), TestTenant.PASSWORD);
    open("models/" + own + "/versions/" + curved);
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("ew-batch-curves")).getText())
        .isEqualTo("Batch curves, ms by batch size — cpu-2c: 1 → 0.50 · 2 → 0.63");
  }

  @Test
  void aNewVersionShowsItsProfilingJobAdvanceAndThenItsMeasuredProfile() {
    String fresh = a.uploadVersion(model, "1.1.0", OnnxTestModels.mlp().toByteArray());
    signIn(a.operatorEmail(), TestTenant.PASSWORD);
    open("models/" + model + "/versions/" + fresh);
    ProfilingPanel panel = _get(ProfilingPanel.class);
    assertThat(_get(panel, Span.class).getText()).startsWith("Profiling queued");
    _get(panel, ProgressBar.class);
    _assertNone(panel, Button.class, spec -> spec.withText("Profile again"));
    assertThat(UI.getCurrent().getPollInterval())
        .as("the page polls while the job runs")
        .isPositive();

    assertThat(runner.runDue()).isPositive();
    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    VersionView view = (VersionView) currentView();
    assertThat(_get(_get(ProfilingPanel.class), Span.class).getText())
        .startsWith("Profiling succeeded");
    assertThat(view.chart()).as("the measured profile is shown once the job ends").isPresent();
    assertThat(UI.getCurrent().getPollInterval()).isNegative();
    _get(_get(ProfilingPanel.class), Button.class, spec -> spec.withText("Profile again"));
  }

  @Test
  void anotherTenantsModelIsNotFoundAndNothingOfItShows() {
    TestTenant b = TestTenant.create("kregb");
    signIn(b.operatorEmail(), TestTenant.PASSWORD);
    open("models/" + model);
    _get(H2.class, spec -> spec.withText("Model not found"));
    open("models/" + model + "/versions/" + version);
    _get(H2.class, spec -> spec.withText("Model version not found"));
    assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(modelName);
    open("models");
    assertThat(GridKt._size(_get(Grid.class))).isZero();
  }
}
