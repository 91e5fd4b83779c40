package io.edgewise.ui.deployment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.edgewise.ui.charts.EChart;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deployment's detail, browserless: the empty state, the plan's stacked bar against the API's
 * figures, re-plan, and tenancy.
 */
@QuarkusTest
class DeploymentDetailViewTest extends KaribuViewTest {

  private static final String[] PARTS = {
    "deviceMs", "uplinkMs", "edgeMs", "edgeToCloudMs", "cloudMs", "downlinkMs"
  };

  @Test
  void beforeAPlanTheDetailSaysSoAndAfterOneTheStackedBarMatchesTheApi() {
    TenantWorld w = TenantWorld.create("kdd");
    signIn(w.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("deployments/" + w.deployment());
    assertThat(text()).contains("Not planned yet — the planner runs within seconds of a change.");
    assertThat(_find(EChart.class)).isEmpty();

    w.tenant().operator().post("/api/v1/plans").then().statusCode(201);
    JsonPath api =
        w.tenant()
            .viewer()
            .get("/api/v1/deployments/" + w.deployment() + "/plan")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    open("deployments/" + w.deployment());
    JsonNode option = _get(EChart.class).getOption();
    JsonNode series = option.get("series");
    assertThat(series).hasSize(6);
    assertThat(series)
        .extracting(s -> s.get("name").asText())
        .containsExactly("Device", "Uplink", "Edge", "Edge → cloud", "Cloud", "Downlink");
    assertThat(series).extracting(s -> s.get("stack").asText()).containsOnly("latency");
    assertThat(option.at("/yAxis/data/0").asText()).isEqualTo("This plan");
    for (int i = 0; i < PARTS.length; i++) {
      assertThat(series.get(i).at("/data/0").asDouble())
          .as(PARTS[i])
          .isEqualTo(api.getDouble("plan.partition.plan." + PARTS[i]));
      assertThat(series.get(i).at("/data/1").asDouble())
          .as("device only " + PARTS[i])
          .isEqualTo(api.getDouble("plan.partition.deviceOnly." + PARTS[i]));
    }
    assertThat(series.get(0).at("/markLine/data/0/xAxis").asDouble()).isEqualTo(100.0);
    assertThat(text()).contains(api.getBoolean("meetsSlo") ? "Meets SLO" : "Violates SLO");
    assertThat(text()).contains("ms are left for queueing at the GPU");
  }

  @Test
  void operatorsReplanFromTheDetailAndSeeThePlan() {
    TenantWorld w = TenantWorld.create("kdr");
    signIn(w.tenant().operatorEmail(), TestTenant.PASSWORD);
    open("deployments/" + w.deployment());
    assertThat(_find(EChart.class)).isEmpty();
    ButtonKt._click(_get(Button.class, spec -> spec.withText("Re-plan now")));
    assertThat(_get(EChart.class).getOption().get("series")).hasSize(6);
    assertThat(text()).doesNotContain("Not planned yet");
  }

  @Test
  void anotherTenantsDeploymentReadsAsNotFoundAndNamesNothingOfIt() {
    TenantWorld a = TenantWorld.create("kdx");
    TestTenant b = TestTenant.create("kdy");
    signIn(b.adminEmail(), TestTenant.PASSWORD);
    for (String id : new String[] {a.deployment(), UUID.randomUUID().toString(), "not-a-uuid"}) {
      open("deployments/" + id);
      assertThat(_get(H2.class).getText()).isEqualTo("Deployment not found");
      assertThat(text()).doesNotContain(a.tenant().slug()).doesNotContain(a.siteName());
      _assertNone(Button.class, spec -> spec.withText("Edit"));
    }
    _get(
        Paragraph.class,
        spec ->
            spec.withText("There is no such deployment in your tenant. It may have been deleted."));
  }

  /** The page the UI shows now (the view inside its layout), as HTML. */
  private static String text() {
    Component shown = currentView();
    while (shown.getParent().filter(parent -> !(parent instanceof UI)).isPresent()) {
      shown = shown.getParent().orElseThrow();
    }
    return shown.getElement().getOuterHTML();
  }
}
