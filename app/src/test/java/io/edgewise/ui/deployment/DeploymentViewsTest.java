package io.edgewise.ui.deployment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployments list and its create dialog, browserless: controls by role, a created deployment
 * in the grid, inline validation.
 */
@QuarkusTest
class DeploymentViewsTest extends KaribuViewTest {

  private static TenantWorld world;

  @BeforeEach
  void world() {
    if (world == null) {
      world = TenantWorld.create("kdl");
    }
  }

  @Test
  void viewersSeeTheGridAndDetailButNoChangeControls() {
    signIn(world.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("deployments");
    assertThat(currentView()).isInstanceOf(DeploymentsView.class);
    Grid<?> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(grid, 0))
        .contains(
            "model-" + world.tenant().slug() + " 1.0.0",
            "fleet-" + world.tenant().slug(),
            "Smart city",
            "100 ms",
            "Lowest latency",
            "Auto",
            world.siteName());
    _assertNone(Button.class, spec -> spec.withText("New deployment"));

    open("deployments/" + world.deployment());
    assertThat(_get(H2.class).getText()).isEqualTo("dep-" + world.tenant().slug());
    for (String control : new String[] {"Edit", "Delete", "Re-plan now"}) {
      _assertNone(Button.class, spec -> spec.withText(control));
    }
  }

  @Test
  void operatorsCreateADeploymentThroughTheFormAndItAppearsInTheGrid() {
    signIn(world.tenant().operatorEmail(), TestTenant.PASSWORD);
    open("deployments");
    ButtonKt._click(_get(Button.class, spec -> spec.withText("New deployment")));
    Dialog form = fill("detector-" + world.tenant().slug(), 80.0);
    NotificationsKt.clearNotifications();
    ButtonKt._click(_get(form, Button.class, spec -> spec.withText("Save")));

    NotificationsKt.expectNotifications(
        "Created detector-" + world.tenant().slug() + " — re-planning within seconds");
    world
        .tenant()
        .viewer()
        .get("/api/v1/deployments?size=10")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.name == 'detector-" + world.tenant().slug() + "' }.latencySloMs",
            Matchers.equalTo(80.0f));
    _get(TextField.class, spec -> spec.withLabel("Name contains")).setValue("detector");
    Grid<?> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(grid, 0))
        .contains("80 ms")
        .anyMatch(cell -> cell.contains("Not planned"));
  }

  @Test
  void aLatencySloOfZeroOrLessIsRefusedNextToTheFieldAndCreatesNothing() {
    signIn(world.tenant().operatorEmail(), TestTenant.PASSWORD);
    open("deployments");
    for (double slo : new double[] {0, -5}) {
      ButtonKt._click(_get(Button.class, spec -> spec.withText("New deployment")));
      Dialog form = fill("too-fast-" + world.tenant().slug(), slo);
      ButtonKt._click(_get(form, Button.class, spec -> spec.withText("Save")));
      HasValidationUtilsKt._expectInvalid(
          _get(form, NumberField.class, spec -> spec.withLabel("Latency SLO, p95 (ms)")),
          "Must be more than 0 ms");
      assertThat(form.isOpened()).isTrue();
      form.close();
    }
    world
        .tenant()
        .viewer()
        .get("/api/v1/deployments?size=100")
        .then()
        .statusCode(200)
        .body("items.findAll { it.name.startsWith('too-fast') }", Matchers.empty());
  }

  @Test
  void operatorsSeeEditDeleteAndReplanOnTheDetail() {
    signIn(world.tenant().operatorEmail(), TestTenant.PASSWORD);
    open("deployments/" + world.deployment());
    for (String control : new String[] {"Edit", "Delete", "Re-plan now"}) {
      _get(Button.class, spec -> spec.withText(control));
    }
    ButtonKt._click(_get(Button.class, spec -> spec.withText("Edit")));
    Dialog form = _get(Dialog.class);
    assertThat(_get(form, TextField.class, spec -> spec.withLabel("Name")).getValue())
        .isEqualTo("dep-" + world.tenant().slug());
    assertThat(_get(form, ComboBox.class, spec -> spec.withLabel("Version")).getValue())
        .isNotNull();
    form.close();
    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeploymentDetailView.class);
  }

  /** Fills the open create dialog with the world's model, version and fleet, a name and an SLO. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Dialog fill(String name, double sloMs) {
    Dialog form = _get(Dialog.class);
    _get(form, TextField.class, spec -> spec.withLabel("Name")).setValue(name);
    ComboBoxKt.selectByLabel(
        (ComboBox) _get(form, ComboBox.class, spec -> spec.withLabel("Model")),
        "model-" + world.tenant().slug());
    ComboBoxKt.selectByLabel(
        (ComboBox) _get(form, ComboBox.class, spec -> spec.withLabel("Version")), "1.0.0");
    ComboBoxKt.selectByLabel(
        (ComboBox) _get(form, ComboBox.class, spec -> spec.withLabel("Fleet")),
        "fleet-" + world.tenant().slug() + " · Smart city");
    HasValueUtilsKt._setValue(
        _get(form, NumberField.class, spec -> spec.withLabel("Latency SLO, p95 (ms)")), sloMs);
    return form;
  }
}
