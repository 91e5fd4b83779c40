package io.edgewise.ui.site;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import io.edgewise.site.Paradigm;
import io.edgewise.testing.TenantWorld;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sites and nodes, browserless: what each role sees, the site dialog's rules, delete conflicts,
 * node detail, tenancy.
 */
@QuarkusTest
public class SiteViewsTest extends KaribuViewTest {

  private static SiteFixture a;
  private static SiteFixture b;

  @BeforeEach
  void fixtures() {
    if (a == null) {
      a = SiteFixture.create("ksa");
      b = SiteFixture.create("ksb");
    }
  }

  @Test
  void viewersSeeSitesWithNodeCountsButNoChangeControls() {
    signIn(a.tenant().viewerEmail(), "correct-horse-battery");
    open("sites");
    SitesView view = (SitesView) currentView();
    int row = rowOf(view, a.siteName());
    assertThat(_getFormatted(view.grid, row, "status"))
        .matches("[01] of 1 node online"); // OFFLINE after 30 s without heartbeats
    assertThat(_getFormatted(view.grid, row, "gpus")).isEqualTo("1");
    _assertNone(Button.class, spec -> spec.withText("New site"));
    assertThat(view.grid.getColumnByKey("actions")).isNull();
    open("sites/" + a.siteId());
    open("sites/" + a.siteId()); // again: Vaadin reuses the view instance
    SiteDetailView detail = (SiteDetailView) currentView();
    assertThat(detail.grid.getColumnByKey("actions")).isNull();
    assertThat(detail.grid.getColumns()).hasSize(5);
    _assertNone(Button.class, spec -> spec.withText("Add node"));
  }

  @Test
  void adminsSeeEditAndDeleteOnEachRow() {
    signIn(a.tenant().adminEmail(), "correct-horse-battery");
    open("sites");
    SitesView view = (SitesView) currentView();
    var actions = _getCellComponent(view.grid, rowOf(view, a.siteName()), "actions");
    _get(actions, Button.class, spec -> spec.withText("Edit"));
    _get(actions, Button.class, spec -> spec.withText("Delete"));
  }

  @Test
  void adminCreatesASiteThroughTheDialogAndItAppearsInTheGrid() {
    signIn(a.tenant().adminEmail(), "correct-horse-battery");
    open("sites");
    _click(_get(Button.class, spec -> spec.withText("New site")));
    SiteDialog dialog = _get(SiteDialog.class);
    String name = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
    _setValue(dialog.name, name);
    _setValue(dialog.paradigm, Paradigm.FOG);
    _setValue(dialog.region, "harbour");
    _setValue(dialog.uplinkMbps, 400.0);
    _setValue(dialog.rttMs, 9.5);
    _click(_get(dialog, Button.class, spec -> spec.withText("Create site")));
    _assertNone(SiteDialog.class);
    SitesView view = (SitesView) currentView();
    assertThat(_getFormatted(view.grid, rowOf(view, name), "status")).isEqualTo("No nodes");
  }

  @Test
  void invalidInputShowsFieldErrorsAndCreatesNothing() {
    signIn(a.tenant().adminEmail(), "correct-horse-battery");
    open("sites");
    SitesView view = (SitesView) currentView();
    int before = _size(view.grid);
    _click(_get(Button.class, spec -> spec.withText("New site")));
    SiteDialog dialog = _get(SiteDialog.class);
    _setValue(dialog.uplinkMbps, -5.0);
    _setValue(dialog.latitude, 91.0);
    _click(_get(dialog, Button.class, spec -> spec.withText("Create site")));
    _expectInvalid(dialog.name, "Enter a name");
    _expectInvalid(dialog.paradigm, "Choose a paradigm");
    _expectInvalid(dialog.uplinkMbps, "Must be more than 0");
    _expectInvalid(dialog.latitude, "Between -90 and 90");
    _get(SiteDialog.class);
    view.grid.getDataProvider().refreshAll();
    assertThat(_size(view.grid)).isEqualTo(before);
  }

  @Test
  void deletingASiteWithNodesShowsTheConflictAndKeepsTheSite() {
    SitesView view = clickOnTheSite("Delete");
    ConfirmDialog confirm = _get(ConfirmDialog.class);
    confirm.close(); // as the browser does before it sends the confirm event
    ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
    assertThat(notificationTexts())
        .anySatisfy(
            text ->
                assertThat(text).contains("still used by nodes").contains("remove those first"));
    view.grid.getDataProvider().refreshAll();
    rowOf(view, a.siteName());
  }

  @Test
  void anEditAfterSomeoneElsesChangeIsRefusedAsChangedElsewhere() {
    SitesView view = clickOnTheSite("Edit");
    SiteDialog dialog = _get(SiteDialog.class);
    Map<String, Object> changed = new HashMap<>(TenantWorld.site(a.siteName()));
    changed.put("rttMs", 20);
    a.tenant().admin().body(changed).put("/api/v1/sites/" + a.siteId()).then().statusCode(200);
    _setValue(dialog.rttMs, 30.0);
    _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
    assertThat(notificationTexts())
        .anySatisfy(
            text -> assertThat(text).contains("changed by someone else").contains("reload"));
    _get(SiteDialog.class);
  }

  @Test
  void nodeDetailShowsGpusAndStatusTransitions() {
    signIn(a.tenant().viewerEmail(), "correct-horse-battery");
    open("nodes/" + a.nodeId());
    NodeDetailView view = (NodeDetailView) currentView();
    assertThat(_find(GpuCard.class)).hasSize(1);
    String tree = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    assertThat(tree)
        .contains("GPU 0 · NVIDIA T4")
        .contains("4.0 GiB of 15.0 GiB")
        .contains("37 %")
        .contains(a.siteName());
    NodeModels models = _get(NodeModels.class);
    assertThat(_size(models)).isEqualTo(2);
    assertThat(
            List.of(
                _getFormatted(models, 0, "version"),
                _getFormatted(models, 0, "state"),
                _getFormatted(models, 0, "load")))
        .containsExactly("classifier-" + a.tenant().slug() + " 2.1.0", "LOADED", "41 ms");
    assertThat(
            List.of(
                _getFormatted(models, 1, "version"),
                _getFormatted(models, 1, "state"),
                _getFormatted(models, 1, "error")))
        .containsExactly("a deleted version", "FAILED", "ONNX Runtime lacks operator Softsign2");
    assertThat(_size(view.transitions)).isGreaterThanOrEqualTo(1);
    List<String> changes =
        IntStream.range(0, _size(view.transitions))
            .mapToObj(i -> _getFormatted(view.transitions, i, "change"))
            .toList();
    assertThat(changes).contains("PENDING → ONLINE");
  }

  @Test
  void anotherTenantsSiteOrNodeReadsAsNotFound() {
    signIn(a.tenant().adminEmail(), "correct-horse-battery");
    for (String location :
        List.of("sites/" + b.siteId(), "nodes/" + b.nodeId(), "sites/not-a-uuid")) {
      open(location);
      assertThat(_get(H2.class).getText()).endsWith("not found");
      String tree = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
      assertThat(tree)
          .doesNotContain(b.siteName())
          .doesNotContain(b.nodeName())
          .doesNotContain(b.tenant().slug());
    }
  }

  private static int rowOf(SitesView view, String name) {
    List<SitesView.Row> rows = _findAll(view.grid);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).site().name.equals(name)) {
        return i;
      }
    }
    throw new AssertionError(
        "no row for " + name + " in " + rows.stream().map(r -> r.site().name).toList());
  }

  /** The texts of the notifications open now. */
  public static List<String> notificationTexts() {
    MockVaadin.clientRoundtrip();
    return NotificationsKt.getNotifications().stream()
        .map(n -> n.getElement().getProperty("text", ""))
        .toList();
  }

  /** Signs in as a's admin, opens the sites and clicks {@code action} in a's site's row. */
  private SitesView clickOnTheSite(String action) {
    signIn(a.tenant().adminEmail(), "correct-horse-battery");
    open("sites");
    SitesView view = (SitesView) currentView();
    _click(
        _get(
            _getCellComponent(view.grid, rowOf(view, a.siteName()), "actions"),
            Button.class,
            spec -> spec.withText(action)));
    return view;
  }
}
