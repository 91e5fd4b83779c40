package io.edgewise.ui;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of the real-browser tests: one headless Chromium per test class, started on first use (so a
 * machine without Chromium skips, or in CI fails, as {@link BrowserSession#start} decides) and
 * closed after the class; {@link #base} is the app under test.
 */
public abstract class BrowserTest {

  private static BrowserSession browser;

  @TestHTTPResource("/")
  protected URL base;

  /** The class's browser, started on first use. */
  protected static BrowserSession browser() {
    if (browser == null) {
      browser = BrowserSession.start();
    }
    return browser;
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
