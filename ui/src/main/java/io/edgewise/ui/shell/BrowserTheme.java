package io.edgewise.ui.shell;

import com.vaadin.flow.component.UI;

/**
 * Lumo light or dark as the browser prefers ({@code prefers-color-scheme}), following changes live,
 * plus the Edgewise stylesheet. Both are added at run time so the pre-compiled bundle stays valid.
 */
final class BrowserTheme {

  static final String STYLESHEET = "context://edgewise/edgewise.css";

  private static final String FOLLOW_SCHEME =
      """
      const query = window.matchMedia('(prefers-color-scheme: dark)');
      const apply = () => query.matches
          ? document.documentElement.setAttribute('theme', 'dark')
          : document.documentElement.removeAttribute('theme');
      apply();
      if (!window.edgewiseFollowsScheme) {
        window.edgewiseFollowsScheme = true;
        query.addEventListener('change', apply);
      }
      """;

  private BrowserTheme() {}

  static void apply(UI ui) {
    ui.getPage().addStyleSheet(STYLESHEET);
    ui.getPage().executeJs(FOLLOW_SCHEME);
  }
}
