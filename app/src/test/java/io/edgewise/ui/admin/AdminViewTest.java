package io.edgewise.ui.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import io.edgewise.base.access.Role;
import io.edgewise.security.ApiToken;
import io.edgewise.security.User;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.edgewise.ui.site.SiteViewsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin view, browserless: users and API tokens for administrators, nothing for anyone else.
 */
@QuarkusTest
class AdminViewTest extends KaribuViewTest {

  private static TestTenant tenant;

  @BeforeEach
  void tenant() {
    if (tenant == null) {
      tenant = TestTenant.create("kad");
    }
  }

  @Test
  void adminCreatesAUserWhoAppearsInTheGrid() {
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    _click(_get(Button.class, spec -> spec.withText("New user")));
    UserDialog dialog = _get(UserDialog.class);
    String email =
        "new-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.slug() + ".test";
    _setValue(dialog.email, email);
    _setValue(dialog.displayName, "Nadia Analyst");
    _setValue(dialog.role, Role.OPERATOR);
    _setValue(dialog.password, "long-enough-secret");
    _click(_get(dialog, Button.class, spec -> spec.withText("Create user")));
    _assertNone(UserDialog.class);
    User created = row(_get(UsersPanel.class).grid, u -> u.email, email);
    assertThat(created.role).isEqualTo(Role.OPERATOR);
    RestAssured.given()
        .auth()
        .preemptive()
        .basic(email, "long-enough-secret")
        .get("/api/v1/me")
        .then()
        .statusCode(200);
  }

  @Test
  void aShortPasswordIsRefusedNextToTheField() {
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    _click(_get(Button.class, spec -> spec.withText("New user")));
    UserDialog dialog = _get(UserDialog.class);
    _setValue(dialog.email, "short@" + tenant.slug() + ".test");
    _setValue(dialog.password, "short");
    _click(_get(dialog, Button.class, spec -> spec.withText("Create user")));
    _expectInvalid(dialog.password, "At least 10 characters");
    _get(UserDialog.class);
  }

  @Test
  void adminsCannotDeleteThemselves() {
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    Grid<User> grid = _get(UsersPanel.class).grid;
    int me = index(grid, u -> u.email, tenant.adminEmail());
    _assertNone(
        _getCellComponent(grid, me, "actions"), Button.class, spec -> spec.withText("Delete"));
    _get(
        _getCellComponent(grid, index(grid, u -> u.email, tenant.viewerEmail()), "actions"),
        Button.class,
        spec -> spec.withText("Delete"));
  }

  @Test
  void adminChangesARoleAndDisablesAnAccount() {
    String email =
        "changing-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.slug() + ".test";
    tenant
        .admin()
        .body(Map.of("email", email, "password", TestTenant.PASSWORD, "role", "VIEWER"))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    Grid<User> grid = _get(UsersPanel.class).grid;
    @SuppressWarnings("unchecked")
    Select<Role> role =
        (Select<Role>) _getCellComponent(grid, index(grid, u -> u.email, email), "role");
    _setValue(role, Role.OPERATOR);
    assertThat(row(grid, u -> u.email, email).role).isEqualTo(Role.OPERATOR);
    _click(
        _get(
            _getCellComponent(grid, index(grid, u -> u.email, email), "actions"),
            Button.class,
            spec -> spec.withText("Disable")));
    int row = index(grid, u -> u.email, email);
    assertThat(_getFormatted(grid, row, "status")).isEqualTo("Disabled");
    tenant.as(email).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void theLastAdminCannotDisableThemselvesAndIsToldWhy() {
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    Grid<User> grid = _get(UsersPanel.class).grid;
    _click(
        _get(
            _getCellComponent(grid, index(grid, u -> u.email, tenant.adminEmail()), "actions"),
            Button.class,
            spec -> spec.withText("Disable")));
    assertThat(SiteViewsTest.notificationTexts())
        .anySatisfy(text -> assertThat(text).contains("at least one enabled administrator"));
    assertThat(_getFormatted(grid, index(grid, u -> u.email, tenant.adminEmail()), "status"))
        .isEqualTo("Enabled");
  }

  @Test
  void aNewTokensSecretIsShownOnceAndNeverInTheGrid() {
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    _get(TabSheet.class).setSelectedIndex(1);
    _click(_get(Button.class, spec -> spec.withText("New token")));
    TokenDialog dialog = _get(TokenDialog.class);
    String name = "import-job-" + UUID.randomUUID().toString().substring(0, 6);
    _setValue(dialog.name, name);
    _setValue(dialog.role, Role.OPERATOR);
    _click(_get(dialog, Button.class, spec -> spec.withText("Create token")));
    String secret = _get(SecretDialog.class).secret.getValue();
    assertThat(secret).startsWith("ew_");
    RestAssured.given()
        .header("Authorization", "Bearer " + secret)
        .get("/api/v1/me")
        .then()
        .statusCode(200);
    _click(_get(Button.class, spec -> spec.withText("I have copied it")));
    _assertNone(SecretDialog.class);
    TokensPanel panel = _get(TokensPanel.class);
    row(panel.grid, t -> t.name, name);
    assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(secret);
  }

  @Test
  void aRevokedTokenShowsRevoked() {
    String secret = tenant.token("VIEWER");
    signIn(tenant.adminEmail(), TestTenant.PASSWORD);
    open("admin");
    _get(TabSheet.class).setSelectedIndex(1);
    Grid<ApiToken> grid = _get(TokensPanel.class).grid;
    int row = index(grid, t -> t.tokenPrefix, secret.substring(0, 9));
    assertThat(_getFormatted(grid, row, "status")).isEqualTo("Active");
    _click(
        _get(
            _getCellComponent(grid, row, "actions"),
            Button.class,
            spec -> spec.withText("Revoke")));
    ConfirmDialog confirm = _get(ConfirmDialog.class);
    confirm.close(); // as the browser does before it sends the confirm event
    ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
    row = index(grid, t -> t.tokenPrefix, secret.substring(0, 9));
    assertThat(_getFormatted(grid, row, "status")).startsWith("Revoked ");
    assertThat(_getCellComponent(grid, row, "actions").isVisible()).isFalse();
    RestAssured.given()
        .header("Authorization", "Bearer " + secret)
        .get("/api/v1/me")
        .then()
        .statusCode(401);
  }

  @Test
  void operatorsAndViewersCannotOpenAdmin() {
    for (String email : List.of(tenant.operatorEmail(), tenant.viewerEmail())) {
      signIn(email, TestTenant.PASSWORD);
      open("admin");
      assertThat(currentView()).isNotInstanceOf(AdminView.class);
      _assertNone(TabSheet.class);
      _assertNone(UsersPanel.class);
    }
  }

  private static <T> int index(Grid<T> grid, Function<T, String> key, String value) {
    List<T> rows = _findAll(grid);
    for (int i = 0; i < rows.size(); i++) {
      if (value.equals(key.apply(rows.get(i)))) {
        return i;
      }
    }
    throw new AssertionError("no row " + value);
  }

  private static <T> T row(Grid<T> grid, Function<T, String> key, String value) {
    return _findAll(grid).get(index(grid, key, value));
  }
}
