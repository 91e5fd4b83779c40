package io.edgewise.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.edgewise.metrics.ScaleTenant;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The overview and the transportation dashboard in headless Chromium at fleet scale ({@link
 * ScaleTenant}: 100,000 devices, 200 deployments, 7 days of per-minute metrics): first contentful
 * paint and the moment the page is usable (four cards with figures; five charts drawn), median of 7
 * full page loads after one warm-up; and the heap a signed-in UI session holds on the server, from
 * 10 sessions that each opened both pages. Prints a table; asserts nothing about time. Run: {@code
 * ./mvnw -B -o -pl app -Pbench test -Dtest=UiScaleBenchmark -Dquarkus.http.test-port=0} (after
 * {@code ./mvnw -B -o install -DskipTests}).
 */
@QuarkusTest
class UiScaleBenchmark {

  private static final Logger LOG = Logger.getLogger(UiScaleBenchmark.class);
  private static final int RUNS = 7;
  private static final int SESSIONS = 10;
  private static final String FIRST_CONTENTFUL_PAINT =
      """
      () => new Promise(done => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) { done(seen.startTime); return; }
        new PerformanceObserver(list => done(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
      })\
      """;

  @TestHTTPResource("/")
  URL base;

  @Test
  void firstPaintAndSessionMemoryAtScale() throws InterruptedException {
    TestTenant t = ScaleTenant.get();
    List<String> table =
        new ArrayList<>(
            List.of(
                "| page | first contentful paint, median ms | usable, median ms | usable, max ms |",
                "| --- | --- | --- | --- |"));
    try (BrowserSession browser = BrowserSession.start()) {
      try (BrowserContext context = browser.context()) {
        Page page =
            BrowserSession.signIn(context, base.toString(), t.viewerEmail(), TestTenant.PASSWORD);
        waitForOverview(page);
        table.add(
            timeLoads(page, "", "overview (4 domain cards)", UiScaleBenchmark::waitForOverview));
        table.add(
            timeLoads(
                page,
                "dashboards/transportation",
                "transportation dashboard (5 charts drawn)",
                UiScaleBenchmark::waitForDashboard));
      }
      table.add("");
      table.add(sessionMemory(browser, t));
    }
    LOG.info(
        "BENCH UI at scale (headless Chromium, same machine as the server)\n"
            + String.join("\n", table));
  }

  private String timeLoads(Page page, String path, String label, Consumer<Page> ready) {
    double[] paint = new double[RUNS];
    double[] usable = new double[RUNS];
    for (int run = -1; run < RUNS; run++) {
      page.navigate(base + path);
      ready.accept(page);
      double usableAt = ((Number) page.evaluate("() => performance.now()")).doubleValue();
      double paintAt = ((Number) page.evaluate(FIRST_CONTENTFUL_PAINT)).doubleValue();
      if (run >= 0) {
        paint[run] = paintAt;
        usable[run] = usableAt;
      }
    }
    Arrays.sort(paint);
    Arrays.sort(usable);
    return String.format(
        "| %s | %.0f | %.0f | %.0f |", label, paint[RUNS / 2], usable[RUNS / 2], usable[RUNS - 1]);
  }

  private String sessionMemory(BrowserSession browser, TestTenant t) throws InterruptedException {
    long before = heapAfterGc();
    List<BrowserContext> open = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      BrowserContext context = browser.context();
      open.add(context);
      Page page =
          BrowserSession.signIn(context, base.toString(), t.viewerEmail(), TestTenant.PASSWORD);
      waitForOverview(page);
      page.navigate(base + "dashboards/transportation");
      waitForDashboard(page);
    }
    long after = heapAfterGc();
    open.forEach(BrowserContext::close);
    return String.format(
        "Server heap held per signed-in UI session (%d sessions, each opened the overview and the"
            + " dashboard): %.1f MB",
        SESSIONS, (after - before) / (double) SESSIONS / (1 << 20));
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(300);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void waitForOverview(Page page) {
    page.locator(".ew-card").nth(3).waitFor();
  }

  private static void waitForDashboard(Page page) {
    page.locator(".ew-chart[data-rendered=true]")
        .nth(4)
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
  }
}
