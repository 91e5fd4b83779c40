package io.edgewise.ui.deployment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.edgewise.planning.DriftFixtures;
import io.edgewise.planning.PlanningWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.BrowserSession;
import io.edgewise.ui.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Predicted against measured in a real browser: after an agent pushed a minute whose edge segment
 * took twice the prediction, the deployment's page draws both side by side and says it drifted.
 */
@QuarkusTest
class MeasuredDriftFlowTest extends BrowserTest {

  @Test
  void aDeploymentWithPushedMetricsShowsTheComparisonChartAndTheDriftNotice() {
    PlanningWorld w = PlanningWorld.create("uidrift", 1, 2_000);
    String slow = w.deploy("slow", "AUTO");
    w.computePlan();
    DriftFixtures.push(w, slow, 600, 2 * DriftFixtures.edgeMs(w, slow));
    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(
              context, base.toString(), w.tenant().viewerEmail(), TestTenant.PASSWORD);
      page.locator(".ew-card").first().waitFor();
      page.navigate(base + "deployments/" + slow);
      assertThat(page.locator(".ew-measured")).containsText("Predicted against measured");
      assertThat(page.locator(".ew-predicted-measured[data-rendered=true] svg")).isVisible();
      assertThat(page.locator(".ew-predicted-measured")).containsText("Measured");
      assertThat(page.locator(".ew-drift-notice")).containsText("Drift: edge measured");
      assertThat(page.locator(".ew-drift-notice")).containsText("(+100%)");
      assertThat(page.locator(".ew-measured")).containsText("Not measured: device, uplink");
      page.locator(".ew-measured").scrollIntoViewIfNeeded();
      BrowserSession.screenshot(page, "deployment-predicted-measured");
    }
  }
}
