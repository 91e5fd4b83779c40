package io.edgewise.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.edgewise.testing.EmbeddedPostgresResource;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web UI in a real browser against the running app: sign-in, overview numbers, roles and
 * tenancy.
 */
@QuarkusTest
class UiFlowsTest extends BrowserTest {

  private static TenantWorld a;
  private static TestTenant b;

  /** Created on first use: the app (and its port) only exists once a test runs. */
  @BeforeEach
  void world() {
    if (a == null) {
      a = TenantWorld.create("uia");
      TestTenant t = a.tenant();
      String fleet =
          t.createFleet(
              TenantWorld.fleet(
                  "trams-" + t.slug(),
                  "SMART_TRANSPORTATION",
                  "TRAFFIC_ANALYSIS",
                  "vehicle",
                  a.site()));
      for (int i = 0; i < 3; i++) {
        t.operator()
            .body(TenantWorld.device("tram-" + i))
            .post("/api/v1/fleets/" + fleet + "/devices")
            .then()
            .statusCode(201);
      }
      b = TestTenant.create("uib");
    }
  }

  @Test
  void operatorSeesFourDomainCardsWithTheTenantsNumbersAndCanPlan() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().operatorEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      assertThat(page.locator(".ew-tenant")).hasText("Tenant " + a.tenant().slug());
      assertThat(page.locator(".ew-user")).containsText("Operator");
      assertThat(figure(page, "SMART_CITY", "Fleets")).hasText("1");
      assertThat(figure(page, "SMART_CITY", "Devices online")).hasText(Pattern.compile("\\d+ / 1"));
      assertThat(figure(page, "SMART_CITY", "Deployments")).hasText("1");
      assertThat(figure(page, "SMART_TRANSPORTATION", "Fleets")).hasText("1");
      assertThat(figure(page, "SMART_TRANSPORTATION", "Devices online"))
          .hasText(Pattern.compile("\\d+ / 3"));
      assertThat(figure(page, "SMART_INDUSTRY", "Fleets")).hasText("0");
      assertThat(card(page, "SMART_CITY")).containsText("Not planned yet");
      assertThat(figure(page, "SMART_CITY", "Inference rate")).hasText("No data yet");
      BrowserSession.screenshot(page, "overview-operator-before-plan");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan now")).click();
      assertThat(figure(page, "SMART_CITY", "Placed on edge GPUs"))
          .hasText(Pattern.compile("[01] of 1"));
      assertThat(card(page, "SMART_MULTIMEDIA")).containsText("Placed on edge GPUs");
      assertThat(card(page, "SMART_CITY")).not().containsText("Not planned yet");
      BrowserSession.screenshot(page, "overview-operator-planned");
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")))
          .hasCount(0);
    }
  }

  @Test
  void viewerSeesNoCreateOrEditControls() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().viewerEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      assertThat(page.locator(".ew-user")).containsText("Viewer");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan now")))
          .hasCount(0);
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")))
          .hasCount(0);
      assertThat(page.locator("vaadin-button")).hasText(new String[] {"Log out"});
      BrowserSession.screenshot(page, "overview-viewer");
      page.setViewportSize(768, 1024);
      assertThat(page.locator(".ew-tenant")).isVisible();
      BrowserSession.screenshot(page, "overview-viewer-tablet");

      page.navigate(base + "admin");
      assertThat(page.getByText("API tokens")).hasCount(0);
    }
  }

  @Test
  void adminSeesTheAdminEntry() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().adminEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")).click();
      assertThat(page.locator("vaadin-tab")).hasText(new String[] {"Users", "API tokens"});
    }
  }

  @Test
  void tenantBNeverSeesTenantANames() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(context, base.toString(), b.adminEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      assertThat(page.locator(".ew-tenant")).hasText("Tenant " + b.slug());
      for (String domain :
          new String[] {
            "SMART_MULTIMEDIA", "SMART_TRANSPORTATION", "SMART_CITY", "SMART_INDUSTRY"
          }) {
        assertThat(figure(page, domain, "Fleets")).hasText("0");
        assertThat(figure(page, domain, "Deployments")).hasText("0");
      }
      BrowserSession.screenshot(page, "overview-tenant-b");
      for (String path : new String[] {"", "fleets", "deployments", "admin"}) {
        page.navigate(base + path);
        page.locator(".ew-header").waitFor();
        assertThat(page.content()).doesNotContain(a.tenant().slug()).doesNotContain(a.siteName());
      }
    }
  }

  @Test
  void wrongPasswordShowsAnErrorAndNoSession() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().operatorEmail(), "not-the-password");
      page.waitForURL(Pattern.compile(".*/login\\?error.*"));
      assertThat(page.locator("vaadin-login-form")).containsText("Wrong email or password");
      BrowserSession.screenshot(page, "login-wrong-password");
      assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("edgewise-session"));

      page.navigate(base.toString());
      page.waitForURL(Pattern.compile(".*/login$"));
      assertThat(page.locator(".ew-card")).hasCount(0);
    }
  }

  @Test
  void anAccountDisabledWhileSignedInIsSentToTheLoginPageAtItsNextClick() {
    String email = "leaving-" + System.nanoTime() + "@" + b.slug() + ".test";
    String id =
        b.admin()
            .body(Map.of("email", email, "password", TestTenant.PASSWORD, "role", "VIEWER"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try (BrowserContext context = browser().context()) {
      Page page = BrowserSession.signIn(context, base.toString(), email, TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      String etag =
          b.admin().get("/api/v1/users/" + id).then().statusCode(200).extract().header("ETag");
      b.admin()
          .header("If-Match", etag)
          .body(Map.of("enabled", false))
          .put("/api/v1/users/" + id)
          .then()
          .statusCode(200);

      page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Fleets")).click();
      page.waitForURL(Pattern.compile(".*/login$"));
      assertThat(page.getByLabel("Email")).isVisible();
      // and the account signs in no more
      page = BrowserSession.signIn(context, base.toString(), email, TestTenant.PASSWORD);
      page.waitForURL(Pattern.compile(".*/login\\?error.*"));
      assertThat(page.locator("vaadin-login-form")).containsText("Wrong email or password");
    }
  }

  @Test
  void logOutEndsTheSession() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().viewerEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
      page.waitForURL(Pattern.compile(".*/login$"));
      page.navigate(base.toString());
      page.waitForURL(Pattern.compile(".*/login$"));
      assertThat(page.getByLabel("Email")).isVisible();
    }
  }

  @Test
  void lumoFollowsTheBrowsersColourScheme() {
    try (BrowserContext dark = browser().context(ColorScheme.DARK);
        BrowserContext light = browser().context(ColorScheme.LIGHT)) {
      Page darkPage =
          BrowserSession.signIn(
              dark, base.toString(), a.tenant().viewerEmail(), TestTenant.PASSWORD);
      assertThat(darkPage.locator(".ew-card")).hasCount(4);
      assertThat(darkPage.locator("html")).hasAttribute("theme", "dark");
      BrowserSession.screenshot(darkPage, "overview-viewer-dark");
      Page lightPage =
          BrowserSession.signIn(
              light, base.toString(), a.tenant().viewerEmail(), TestTenant.PASSWORD);
      assertThat(lightPage.locator(".ew-card")).hasCount(4);
      assertThat(lightPage.locator("html")).not().hasAttribute("theme", "dark");
    }
  }

  @Test
  void platformAdminIsToldTheUiIsForTenantUsers() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context,
              base.toString(),
              EmbeddedPostgresResource.PLATFORM_ADMIN,
              EmbeddedPostgresResource.PLATFORM_PASSWORD);
      assertThat(page.locator("h1")).hasText("The web UI is for tenant users");
      assertThat(page.locator(".ew-card")).hasCount(0);
    }
  }

  @Test
  void viewerReadsTheLatestPlanWithEachDeploymentsSplitAndBreakdown() {
    TenantWorld w = TenantWorld.create("uiplan");
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), w.tenant().viewerEmail(), TestTenant.PASSWORD);
      page.navigate(base + "plans");
      assertThat(page.locator(".ew-plan")).containsText("No plan yet");

      w.tenant().operator().post("/api/v1/plans").then().statusCode(201);
      page.reload();
      assertThat(page.locator(".ew-plan")).containsText("Latest plan");
      assertThat(page.locator(".ew-plan"))
          .containsText("deployments: 0 on edge GPUs, 1 off the edge, 0 unplaced");
      Locator grid = page.locator("vaadin-grid");
      assertThat(grid.getByText("dep-" + w.tenant().slug())).isVisible();
      assertThat(grid.getByText(Pattern.compile("= \\d+\\.\\d ms"))).isVisible();
      BrowserSession.screenshot(page, "plans-viewer");
    }
  }

  private static Locator card(Page page, String domain) {
    return page.locator(".ew-card[data-domain=" + domain + "]");
  }

  private static Locator figure(Page page, String domain, String label) {
    return card(page, domain)
        .locator(".ew-figure", new Locator.LocatorOptions().setHasText(label))
        .locator(".ew-figure-value");
  }
}
