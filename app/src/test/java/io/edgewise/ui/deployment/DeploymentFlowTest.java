package io.edgewise.ui.deployment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.BrowserSession;
import io.edgewise.ui.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Deployments in a real browser: an operator creates one, re-plans from its detail page and sees
 * the stacked latency bar.
 */
@QuarkusTest
class DeploymentFlowTest extends BrowserTest {

  @Test
  void operatorCreatesADeploymentReplansAndSeesTheStackedBar() {
    TenantWorld w = TenantWorld.create("uidep");
    String slug = w.tenant().slug();
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), w.tenant().operatorEmail(), TestTenant.PASSWORD);
      page.locator(".ew-card").first().waitFor();
      page.navigate(base + "deployments");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New deployment"))
          .click();
      Locator form = page.locator(".ew-deployment-fields");
      form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("cams-" + slug);
      choose(page, form, "Model", "model-" + slug);
      choose(page, form, "Version", "1.0.0");
      choose(page, form, "Fleet", "fleet-" + slug);
      form.getByLabel("Latency SLO, p95 (ms)").fill("150");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(
              page.locator("vaadin-notification-card")
                  .filter(new Locator.FilterOptions().setHasText("re-planning")))
          .isVisible();

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("cams-" + slug)).click();
      assertThat(page.locator(".ew-deployment h2")).hasText("cams-" + slug);
      assertThat(page.locator(".ew-deployment-plan")).containsText("Not planned yet");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-plan now")).click();
      assertThat(page.locator(".ew-chart[data-rendered=true] svg")).isVisible();
      assertThat(page.locator(".ew-deployment-plan")).containsText("Predicted p95");
      page.locator(".ew-chart").scrollIntoViewIfNeeded();
      BrowserSession.screenshot(page, "deployment-plan");
    }
  }

  /** Picks an option of a combo box in the form by typing part of it and clicking it. */
  private static void choose(Page page, Locator form, String label, String option) {
    form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).fill(option);
    page.locator("vaadin-combo-box-item")
        .filter(new Locator.FilterOptions().setHasText(option))
        .first()
        .click();
  }
}
