package io.edgewise.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.edgewise.metrics.MetricsFixtures;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * From the overview to the transportation dashboard in a real browser, over metrics pushed through
 * the API.
 */
@QuarkusTest
class DashboardFlowTest extends BrowserTest {

  @Test
  void overviewCardOpensTheTransportationDashboardWhoseChartsRenderThePushedData() {
    TenantWorld w = TenantWorld.create("uidash");
    TestTenant t = w.tenant();
    String fleet =
        t.operator()
            .body(
                Map.of(
                    "name",
                    "shuttles-" + t.slug(),
                    "domain",
                    "SMART_TRANSPORTATION",
                    "application",
                    "AUTONOMOUS_DRIVING",
                    "deviceClass",
                    "vehicle",
                    "siteId",
                    w.site()))
            .post("/api/v1/fleets")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("id");
    String deployment =
        t.operator()
            .body(TenantWorld.deployment("perception-" + t.slug(), w.version(), fleet, w.site()))
            .post("/api/v1/deployments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(180, ChronoUnit.MINUTES);
    List<Map<String, Object>> points =
        MetricsFixtures.points(new Random(4), deployment, w.site(), from, 180);
    t.operator()
        .body(MetricsFixtures.body(points))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200)
        .body("accepted", Matchers.equalTo(180));

    try (BrowserContext context = browser().context()) {
      Page page =
          BrowserSession.signIn(context, base.toString(), t.viewerEmail(), TestTenant.PASSWORD);
      assertThat(page.locator(".ew-card")).hasCount(4);
      assertThat(figure(page, "SMART_TRANSPORTATION", "Fleets")).hasText("1");
      assertThat(figure(page, "SMART_TRANSPORTATION", "Inference rate"))
          .hasText(Pattern.compile("[\\d.,]+ req/s"));
      assertThat(figure(page, "SMART_CITY", "Inference rate")).hasText("No data yet");
      BrowserSession.screenshot(page, "overview-with-metrics");

      page.locator(".ew-card[data-domain=SMART_TRANSPORTATION] .ew-card-link").click();
      page.waitForURL(Pattern.compile(".*/dashboards/transportation$"));
      Locator charts = page.locator(".ew-chart");
      assertThat(charts).hasCount(5);
      for (int i = 0; i < 5; i++) {
        assertThat(charts.nth(i)).hasAttribute("data-rendered", "true");
        assertThat(charts.nth(i).locator("svg").first()).isVisible();
        assertThat(charts.nth(i).locator("svg path").count()).isGreaterThan(5);
      }
      int reported =
          Integer.parseInt(page.locator(".ew-dashboard-points").getAttribute("data-points"));
      assertThat(reported).isBetween(3, 4);
      assertThat(page.locator("#ew-chart-latency")).containsText("SLO");
      assertThat(page.locator(".ew-dashboard-inventory")).containsText("perception-" + t.slug());
      BrowserSession.screenshot(page, "dashboard-transportation");
    }
  }

  private static Locator figure(Page page, String domain, String label) {
    return page.locator(".ew-card[data-domain=" + domain + "]")
        .locator(".ew-figure", new Locator.LocatorOptions().setHasText(label))
        .locator(".ew-figure-value");
  }
}
