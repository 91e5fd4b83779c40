package io.edgewise.sso;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import io.edgewise.ui.BrowserSession;
import io.edgewise.ui.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser's single sign-on against a real Keycloak, in Chromium: the login page's button,
 * Keycloak's own login form, back in Edgewise as that person in their tenant with their role;
 * logout ends the Keycloak session too; a refused sign-in explains itself; local accounts still
 * sign in.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakSignInTest extends BrowserTest {

  private KeycloakServer keycloak;

  @BeforeEach
  void keycloak() {
    keycloak = KeycloakTenants.ready();
  }

  @Test
  void signInWithKeycloakLandsInTheTenantWithTheRoleAndLogoutEndsTheKeycloakSession() {
    try (BrowserContext context = browser().context()) {
      Page page = context.newPage();
      signInThroughKeycloak(page, "olivia@alpha.test", "olivia-password-1");
      assertThat(page.locator(".ew-card")).hasCount(4);
      assertThat(page.locator(".ew-tenant")).hasText("Tenant " + KeycloakTenants.ALPHA);
      assertThat(page.locator(".ew-user")).containsText("olivia@alpha.test");
      assertThat(page.locator(".ew-user")).containsText("Operator");
      BrowserSession.screenshot(page, "sso-signed-in");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
      awaitUrl(
          page,
          ".*/login(\\?state=[^&]*)?$",
          "sso-after-logout"); // Keycloak returns the logout request's state
      assertThat(context.cookies()).noneMatch(cookie -> cookie.name.startsWith("q_session"));
      page.navigate(base.toString());
      page.waitForURL(Pattern.compile(".*/login$"));

      // the Keycloak session ended too: the button leads to Keycloak's form again, not straight
      // back in
      page.getByText("Sign in with Keycloak").click();
      page.waitForURL(Pattern.compile(Pattern.quote(keycloak.base()) + "/realms/.*"));
      assertThat(page.locator("#username")).isVisible();
    }
  }

  @Test
  void accountNamingAnUnknownTenantGetsAClearErrorOnTheLoginPage() {
    try (BrowserContext context = browser().context()) {
      Page page = context.newPage();
      page.navigate(base + "login");
      page.getByText("Sign in with Keycloak").click();
      keycloakForm(page, "nadia@nowhere.test", "nadia-password-1");
      page.waitForURL(Pattern.compile(".*/login\\?sso-error=unknown-tenant$"));
      assertThat(page.locator(".ew-sso-error"))
          .containsText("the tenant your account names does not exist");
      BrowserSession.screenshot(page, "sso-refused");
      assertThat(context.cookies()).noneMatch(cookie -> cookie.name.startsWith("q_session"));
    }
  }

  @Test
  void anAccountDisabledWhileSignedInLandsOnTheLoginPageWithTheReasonAtItsNextClick() {
    String dora = "dora@alpha.test";
    try (BrowserContext context = browser().context()) {
      Page page = context.newPage();
      signInThroughKeycloak(page, dora, "dora-password-1");
      assertThat(page.locator(".ew-user"))
          .containsText(dora); // the overview is up (Vaadin connects after the page load)
      String account =
          KeycloakTenants.localAdmin(KeycloakTenants.ALPHA)
              .get("/api/v1/users?size=200")
              .then()
              .statusCode(200)
              .extract()
              .path("items.find { it.email == '" + dora + "' }.id");
      setEnabled(account, false);
      try {
        // a click in the running UI is a Vaadin request, not a page load
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Sites")).click();
        awaitUrl(page, ".*/login\\?sso-error=disabled$", "sso-disabled-mid-session");
        assertThat(page.locator(".ew-sso-error")).containsText("your Edgewise account is disabled");
        assertThat(context.cookies()).noneMatch(cookie -> cookie.name.startsWith("q_session"));
        page.navigate(base.toString());
        awaitUrl(page, ".*/login(\\?sso-error=disabled)?$", "sso-disabled-revisit");
      } finally {
        setEnabled(account, true);
      }
      // enabled again: the Keycloak session, which never ended, signs straight back in
      page.navigate(base + "login");
      page.getByText("Sign in with Keycloak").click();
      page.waitForURL(Pattern.compile(Pattern.quote(base.toString()) + "$"));
      assertThat(page.locator(".ew-user")).containsText(dora);
    }
  }

  private static void setEnabled(String userId, boolean enabled) {
    String etag =
        KeycloakTenants.localAdmin(KeycloakTenants.ALPHA)
            .get("/api/v1/users/" + userId)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    KeycloakTenants.localAdmin(KeycloakTenants.ALPHA)
        .header("If-Match", etag)
        .body(Map.of("enabled", enabled))
        .put("/api/v1/users/" + userId)
        .then()
        .statusCode(200);
  }

  @Test
  void localAccountsStillSignInThroughTheFormWithKeycloakOn() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context,
              base.toString(),
              KeycloakTenants.admin(KeycloakTenants.BETA),
              KeycloakTenants.PASSWORD);
      assertThat(page.locator(".ew-tenant")).hasText("Tenant " + KeycloakTenants.BETA);
      assertThat(page.locator(".ew-user")).containsText("Admin");
    }
  }

  private void signInThroughKeycloak(Page page, String username, String password) {
    page.navigate(base + "login");
    page.getByText("Sign in with Keycloak").click();
    keycloakForm(page, username, password);
    page.waitForURL(Pattern.compile(Pattern.quote(base.toString()) + "$"));
  }

  /**
   * Waits for the browser to reach {@code pattern}; on timeout keeps a screenshot and says where it
   * is instead.
   */
  private static void awaitUrl(Page page, String pattern, String screenshot) {
    try {
      page.waitForURL(Pattern.compile(pattern), new Page.WaitForURLOptions().setTimeout(15_000));
    } catch (TimeoutError e) {
      BrowserSession.screenshot(page, screenshot);
      throw new AssertionError(
          "expected "
              + pattern
              + " but the browser is at "
              + page.url()
              + ": "
              + page.locator("body").innerText(),
          e);
    }
  }

  private void keycloakForm(Page page, String username, String password) {
    page.waitForURL(Pattern.compile(Pattern.quote(keycloak.base()) + "/realms/.*"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.locator("#kc-login").click();
  }
}
