package io.edgewise.ui.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.error.StaleVersion;
import jakarta.persistence.OptimisticLockException;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Readable notifications for the outcome of a change: services answer with {@link
 * DomainException}s, a stale version with {@link StaleVersion} (or a lost optimistic lock), and a
 * delete of something still referenced with a foreign-key violation. Anything else is a bug and
 * goes to Vaadin's error handler.
 */
public final class Notices {

  private Notices() {}

  public static void success(String text) {
    Notification.show(text, 4000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String text) {
    Notification.show(text, 8000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  /**
   * Shows why changing {@code what} (e.g. "Site “north-1”") failed; rethrows failures that are not
   * the caller's to fix.
   */
  public static void failed(String what, RuntimeException e) {
    error(describe(what, e));
  }

  /**
   * Why changing {@code what} failed, in one readable sentence; rethrows failures that are not the
   * caller's to fix.
   */
  public static String describe(String what, RuntimeException e) {
    if (e instanceof DomainException problem) {
      return problem instanceof StaleVersion
          ? changedElsewhere(what)
          : sentence(problem.getMessage() + fields(problem));
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return changedElsewhere(what);
      }
      if (t instanceof ConstraintViolationException violation
          && violation.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
        return what
            + " is still used by "
            + referrer(violation.getConstraintName())
            + "; remove those first.";
      }
    }
    throw e;
  }

  /**
   * The field errors of a validation problem, e.g. " (password: must have at least 10 characters)".
   */
  private static String fields(DomainException problem) {
    var errors = problem.errors();
    if (errors == null || errors.isEmpty()) {
      return "";
    }
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .collect(Collectors.joining("; ", " (", ")"));
  }

  private static String changedElsewhere(String what) {
    return what
        + " was changed by someone else in the meantime — reload to see the changes, then try"
        + " again.";
  }

  /** Constraint names follow {@code <referring table>_..._fk} (db/migrations). */
  private static String referrer(String constraint) {
    if (constraint == null || !constraint.contains("_")) {
      return "other resources";
    }
    return constraint.substring(0, constraint.indexOf('_')).replace('_', ' ');
  }

  private static String sentence(String text) {
    if (text == null || text.isBlank()) {
      return "The change was refused.";
    }
    String first = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return first.endsWith(".") ? first : first + ".";
  }
}
