package io.edgewise.ui.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.BrowserSession;
import io.edgewise.ui.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sites in a real browser: an administrator creates a site from the list; a viewer sees no change
 * controls.
 */
@QuarkusTest
class SiteFlowTest extends BrowserTest {

  private static SiteFixture a;

  @BeforeEach
  void world() {
    if (a == null) {
      a = SiteFixture.create("uisite");
    }
  }

  @Test
  void adminCreatesASiteAndItAppearsInTheList() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().adminEmail(), TestTenant.PASSWORD);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sites & nodes")).click();
      Locator grid = page.locator("vaadin-grid");
      assertThat(grid).containsText(a.siteName());
      assertThat(grid)
          .containsText(
              Pattern.compile("[01] of 1 node online")); // OFFLINE 30 s after its one heartbeat

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New site")).click();
      Locator dialog = page.locator("vaadin-dialog-overlay");
      String name = "harbour-" + UUID.randomUUID().toString().substring(0, 6);
      dialog.getByLabel("Name").fill(name);
      dialog.getByLabel("Paradigm").click();
      page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Fog")).click();
      dialog.getByLabel("Region").fill("harbour");
      dialog.getByLabel("Uplink (Mbps)").fill("400");
      dialog.getByLabel("RTT to cloud (ms)").fill("9");
      dialog
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create site"))
          .click();

      assertThat(dialog).hasCount(0);
      assertThat(grid).containsText(name);
      assertThat(grid).containsText("No nodes");
      BrowserSession.screenshot(page, "sites-created");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(a.siteName())).click();
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add node")))
          .isVisible();
      BrowserSession.screenshot(page, "site-detail-admin");
    }
  }

  @Test
  void viewerSeesSitesAndNodesWithoutCreateOrEditControls() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), a.tenant().viewerEmail(), TestTenant.PASSWORD);
      page.locator(".ew-header").waitFor();
      page.navigate(base + "sites");
      assertThat(page.locator("vaadin-grid")).containsText(a.siteName());
      for (String control : new String[] {"New site", "Edit", "Delete"}) {
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(control)))
            .hasCount(0);
      }
      BrowserSession.screenshot(page, "sites-viewer");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(a.siteName())).click();
      assertThat(page.locator("vaadin-grid")).containsText(a.nodeName());
      for (String control : new String[] {"Add node", "Edit", "Delete"}) {
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(control)))
            .hasCount(0);
      }
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(a.nodeName())).click();
      assertThat(page.locator(".ew-gpu")).containsText("NVIDIA T4");
      BrowserSession.screenshot(page, "node-detail-viewer");
    }
  }
}
