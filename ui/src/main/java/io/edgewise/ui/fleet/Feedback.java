package io.edgewise.ui.fleet;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.edgewise.base.api.Problem.FieldError;
import io.edgewise.base.api.ProblemException;
import java.util.stream.Collectors;

/** Notifications for the inventory views: a service's problem becomes a readable message, never a stack trace. */
public final class Feedback {

  private static final int SHOWN_MS = 6000;

  private Feedback() {}

  public static void success(String text) {
    Notification.show(text, SHOWN_MS, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String text) {
    Notification.show(text, SHOWN_MS, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  /** Shows what went wrong; a failed If-Match says that someone else changed the item. */
  public static void error(ProblemException problem) {
    error(describe(problem));
  }

  /** The problem as one readable sentence, with its field errors. */
  public static String describe(ProblemException problem) {
    if (problem.status() == 412) {
      return "This was changed by someone else in the meantime. Reload and try again.";
    }
    String fields = problem.toProblem().errors().stream()
        .map(FieldError::message)
        .distinct()
        .collect(Collectors.joining("; "));
    return fields.isEmpty() || problem.getMessage().contains(fields) ? problem.getMessage() : problem.getMessage() + ": " + fields;
  }
}
