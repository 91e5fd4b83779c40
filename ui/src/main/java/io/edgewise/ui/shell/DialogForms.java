package io.edgewise.ui.shell;

import com.vaadin.flow.data.binder.Binder;

/** How a dialog's form is saved, the same in every dialog. */
public final class DialogForms {

  private DialogForms() {}

  /**
   * Writes the form's fields into {@code draft} and, when they are valid, {@link #submit}s {@code
   * save}; whether it saved. Invalid fields show their own messages.
   */
  public static <T> boolean save(Binder<T> binder, T draft, String what, Runnable save) {
    return binder.writeBeanIfValid(draft) && submit(what, save);
  }

  /**
   * Runs {@code save} (the service call, then whatever follows it: closing, navigating); whether it
   * ran. A refusal shows as a notice about {@code what} and the dialog stays open with what was
   * typed; failures that are not the user's to fix propagate ({@link Notices#describe}).
   */
  public static boolean submit(String what, Runnable save) {
    try {
      save.run();
      return true;
    } catch (RuntimeException e) {
      Notices.failed(what, e);
      return false;
    }
  }
}
