package io.edgewise.ui.shell;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a change that cannot be undone (delete, revoke), then makes it; a failure becomes the
 * readable notification of {@link Notices#failed}.
 */
public final class Confirm {

  private Confirm() {}

  /**
   * Opens the question; {@code change} runs only on confirmation.
   *
   * @param what names the item in failure messages, e.g. "Site “north-1”"
   */
  public static void destructive(
      String question, String consequence, String action, String what, Runnable change) {
    ConfirmDialog confirm =
        new ConfirmDialog(
            question,
            consequence,
            action,
            e -> {
              try {
                change.run();
              } catch (RuntimeException failure) {
                Notices.failed(what, failure);
              }
            });
    confirm.setConfirmButtonTheme("error primary");
    confirm.setCancelable(true);
    confirm.open();
  }
}
