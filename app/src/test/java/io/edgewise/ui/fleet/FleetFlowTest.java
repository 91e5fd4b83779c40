package io.edgewise.ui.fleet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.BrowserSession;
import io.edgewise.ui.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fleet in a real browser: the device grid and its status filter, then a CSV import with its
 * progress and row errors.
 */
@QuarkusTest
class FleetFlowTest extends BrowserTest {

  private static TestTenant t;
  private static String fleet;

  @BeforeEach
  void world() {
    if (t == null) {
      t = TestTenant.create("pwfl");
      fleet =
          UiFleetFixtures.fleet(
              t, UiFleetFixtures.site(t, "depot-" + t.slug()), "trams-" + t.slug());
      UiFleetFixtures.devices(t, fleet, "tram", 12);
    }
  }

  @Test
  void operatorFiltersTheDeviceGridAndImportsACsvWithRowErrors() {
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(context, base.toString(), t.operatorEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card").first()).isVisible();
      page.navigate(base + "fleets/" + fleet);
      assertThat(cell(page, "tram-0").first()).isVisible();
      assertThat(cell(page, "tram-1").first()).isVisible();

      Locator status =
          page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Status"));
      status.fill("Online");
      page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Online")).click();
      // tram-i is online when i % 3 == 0: 4 of the 12; the grid keeps hidden rows for reuse, so ask
      // it its size
      page.waitForFunction("() => document.querySelector('vaadin-grid').size === 4");
      assertThat(cell(page, "tram-3").first()).isVisible();
      BrowserSession.screenshot(page, "fleet-devices-online");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import CSV")).click();
      FileChooser chooser =
          page.waitForFileChooser(() -> page.locator("vaadin-upload [slot=add-button]").click());
      chooser.setFiles(
          new FilePayload(
              "devices.csv",
              "text/csv",
              UiFleetFixtures.csvWithTwoBadRows("pw").getBytes(StandardCharsets.UTF_8)));
      assertThat(page.locator(".ew-import-summary"))
          .containsText("Done: 3 created, 0 updated, 2 rejected");
      assertThat(page.locator(".ew-import-counter")).hasText("3 of 3 rows");
      assertThat(page.locator("vaadin-progress-bar.ew-import-progress"))
          .hasAttribute("aria-valuenow", Pattern.compile("100|1"));
      assertThat(cell(page, "linkMbps").first()).isVisible();
      assertThat(cell(page, "computeGflops").first()).isVisible();
      BrowserSession.screenshot(page, "fleet-csv-import-report");
    }
  }

  private static Locator cell(Page page, String text) {
    return page.locator("vaadin-grid-cell-content")
        .getByText(text, new Locator.GetByTextOptions().setExact(true));
  }
}
