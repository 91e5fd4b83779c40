package io.edgewise.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright with the launch settings verified on these machines
 * (DESIGN.md). Where Chromium is missing the browser tests skip and say why, unless {@code
 * EDGEWISE_REQUIRE_BROWSER=1} (set by {@code .ci/run}) turns the skip into a failure.
 */
public final class BrowserSession implements AutoCloseable {

  /**
   * Debian's Chromium; {@code -Dedgewise.chromium=...} points elsewhere (or at nothing, to see the
   * skip).
   */
  public static final Path CHROMIUM =
      Paths.get(System.getProperty("edgewise.chromium", "/usr/bin/chromium"));

  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private final Playwright playwright;
  private final Browser browser;

  private BrowserSession(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /**
   * Starts the browser, or skips the calling test (fails it in CI) when Chromium is not installed.
   */
  public static BrowserSession start() {
    if (!Files.isExecutable(CHROMIUM)) {
      String reason =
          CHROMIUM
              + " is missing: install it with 'apt-get install -y chromium' to run the browser"
              + " tests";
      if ("1".equals(System.getenv("EDGEWISE_REQUIRE_BROWSER"))) {
        fail(reason + " (EDGEWISE_REQUIRE_BROWSER=1: browser tests must run here)");
      }
      assumeTrue(false, reason);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(FLAGS));
    return new BrowserSession(playwright, browser);
  }

  /**
   * A fresh context (no cookies) at a laptop-sized viewport, in the browser's light colour scheme.
   */
  public BrowserContext context() {
    return context(ColorScheme.LIGHT);
  }

  public BrowserContext context(ColorScheme scheme) {
    return browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(scheme));
  }

  /** Signs in through the login page and waits for the overview's domain cards. */
  public static Page signIn(BrowserContext context, String base, String email, String password) {
    Page page = context.newPage();
    page.navigate(base + "login");
    page.getByLabel("Email").fill(email);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    return page;
  }

  public static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
