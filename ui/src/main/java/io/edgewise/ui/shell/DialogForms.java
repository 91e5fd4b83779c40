package io.edgewise.ui.shell;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.edgewise.base.error.DomainException;

/** How a dialog's form is submitted, the same in every dialog. */
public final class DialogForms {

  private DialogForms() {}

  /**
   * Writes the form's fields into {@code draft} and, when they are valid, runs {@code save};
   * whether it saved. Invalid fields show their own messages; a service's refusal shows as a
   * notice. Either way the dialog stays open with what was typed.
   */
  public static <T> boolean save(Binder<T> binder, T draft, Runnable save) {
    try {
      binder.writeBean(draft);
      save.run();
      return true;
    } catch (ValidationException invalid) {
      return false;
    } catch (DomainException problem) {
      Notices.failed("This", problem);
      return false;
    }
  }
}
