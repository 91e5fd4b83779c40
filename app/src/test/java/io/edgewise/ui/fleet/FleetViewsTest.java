package io.edgewise.ui.fleet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.edgewise.fleet.Application;
import io.edgewise.fleet.Device;
import io.edgewise.fleet.DeviceStatus;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.site.Site;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fleet list, the fleet's device grid and the device dialogs, browserless, by role and across
 * tenants.
 */
@QuarkusTest
class FleetViewsTest extends KaribuViewTest {

  private static TestTenant a;
  private static String site;
  private static String fleet;
  private static String fleetName;

  @BeforeEach
  void world() {
    if (a == null) {
      a = TestTenant.create("kfl");
      site = UiFleetFixtures.site(a, "depot-" + a.slug());
      fleetName = "trams-" + a.slug();
      fleet = UiFleetFixtures.fleet(a, site, fleetName);
      UiFleetFixtures.devices(a, fleet, "tram", 30);
    }
  }

  @Test
  void viewersSeeFleetsAndDevicesButNoControlThatChangesThem() {
    signIn(a.viewerEmail(), TestTenant.PASSWORD);
    open("fleets");
    assertThat(currentView()).isInstanceOf(FleetsView.class);
    @SuppressWarnings("unchecked")
    Grid<FleetSummary> fleets = _get(Grid.class);
    assertThat(GridKt._size(fleets)).isEqualTo(1);
    assertThat(GridKt._get(fleets, 0).fleet().name).isEqualTo(fleetName);
    assertThat(GridKt._get(fleets, 0).devices().total()).isEqualTo(30);
    _assertNone(Button.class, spec -> spec.withText("New fleet"));
    _assertNone(Button.class, spec -> spec.withAttribute("aria-label", "Edit " + fleetName));

    open("fleets/" + fleet);
    assertThat(GridKt._size(((FleetDetailView) currentView()).deviceGrid().grid())).isEqualTo(30);
    _assertNone(Button.class, spec -> spec.withText("Add device"));
    _assertNone(Button.class, spec -> spec.withText("Import CSV"));
    GridKt._clickItem(((FleetDetailView) currentView()).deviceGrid().grid(), 0);
    assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Device tram-0");
    _assertNone(Button.class, spec -> spec.withText("Edit"));
    _assertNone(Button.class, spec -> spec.withText("Delete"));
  }

  @Test
  void deviceGridFiltersByStatusAndLabelsAndPagesThroughTheService() {
    signIn(a.viewerEmail(), TestTenant.PASSWORD);
    open("fleets/" + fleet);
    DeviceGrid devices = ((FleetDetailView) currentView()).deviceGrid();
    // tram-i is ONLINE when i % 3 == 0 (10 of 30), zone north when i is even, floor i % 5
    devices.setStatus(DeviceStatus.ONLINE);
    assertThat(externalIds(devices))
        .hasSize(10)
        .allMatch(id -> Integer.parseInt(id.substring(5)) % 3 == 0);
    devices.setLabels("zone=north");
    assertThat(externalIds(devices))
        .hasSize(5)
        .allMatch(id -> Integer.parseInt(id.substring(5)) % 6 == 0);
    devices.setStatus(null);
    devices.setLabels("zone=south; floor=1");
    // odd and i % 5 == 1: 1, 11, 21
    assertThat(externalIds(devices)).containsExactlyInAnyOrder("tram-1", "tram-11", "tram-21");
    assertThat(devices.lastPage())
        .get()
        .satisfies(page -> assertThat(page.size()).isLessThanOrEqualTo(100));
    devices.setLabels("zone");
    assertThat(GridKt._size(devices.grid())).isZero();
  }

  @Test
  void operatorsCreateAFleetAndADeviceThroughTheDialogs() {
    TestTenant t = TestTenant.create("kflop");
    String home = UiFleetFixtures.site(t, "home-" + t.slug());
    signIn(t.operatorEmail(), TestTenant.PASSWORD);
    open("fleets");
    _click(_get(Button.class, spec -> spec.withText("New fleet")));
    _click(_get(Button.class, spec -> spec.withText("Save")));
    assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isInvalid()).isTrue();
    _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "meters-" + t.slug());
    _setValue(_get(TextField.class, spec -> spec.withLabel("Device class")), "smart-meter");
    _setValue(comboBox("Smart domain"), SmartDomain.SMART_CITY);
    _setValue(comboBox("Application"), Application.SMART_GRID);
    @SuppressWarnings("unchecked")
    ComboBox<Site> sites = _get(ComboBox.class, spec -> spec.withLabel("Home site"));
    _setValue(
        sites,
        sites
            .getListDataView()
            .getItems()
            .filter(s -> s.id.toString().equals(home))
            .findFirst()
            .orElseThrow());
    _click(_get(Button.class, spec -> spec.withText("Save")));
    String created =
        t.viewer().get("/api/v1/fleets").then().statusCode(200).extract().path("items[0].id");
    assertThat(
            t.viewer()
                .get("/api/v1/fleets/" + created)
                .then()
                .extract()
                .<String>path("application"))
        .isEqualTo("SMART_GRID");

    open("fleets/" + created);
    _click(_get(Button.class, spec -> spec.withText("Add device")));
    _setValue(_get(TextField.class, spec -> spec.withLabel("External id")), "meter-1");
    _setValue(_get(NumberField.class, spec -> spec.withLabel("Compute (GFLOPS)")), 2.0);
    _setValue(_get(NumberField.class, spec -> spec.withLabel("Link bandwidth (Mbps)")), 10.0);
    _setValue(_get(NumberField.class, spec -> spec.withLabel("Link RTT (ms)")), 30.0);
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Labels")), "street=main; pole=7");
    _click(_get(Button.class, spec -> spec.withText("Save")));
    Grid<Device> grid = ((FleetDetailView) currentView()).deviceGrid().grid();
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._get(grid, 0).labels)
        .containsEntry("street", "main")
        .containsEntry("pole", "7");
  }

  @Test
  void anotherTenantsFleetIsNotFoundAndNothingOfItShows() {
    TestTenant b = TestTenant.create("kflb");
    signIn(b.operatorEmail(), TestTenant.PASSWORD);
    open("fleets/" + fleet);
    _get(H2.class, spec -> spec.withText("Fleet not found"));
    assertThat(UI.getCurrent().getElement().getTextRecursively())
        .doesNotContain(fleetName)
        .doesNotContain("tram-");
    open("fleets");
    assertThat(GridKt._size(_get(Grid.class))).isZero();
  }

  @SuppressWarnings("unchecked")
  private static <T> ComboBox<T> comboBox(String label) {
    return _get(ComboBox.class, spec -> spec.withLabel(label));
  }

  private static List<String> externalIds(DeviceGrid devices) {
    Grid<Device> grid = devices.grid();
    int size = GridKt._size(grid);
    return IntStream.range(0, size).mapToObj(i -> GridKt._get(grid, i).externalId).toList();
  }
}
