package io.edgewise.ui.deployment;

import io.edgewise.base.api.Problem;
import io.edgewise.base.api.ProblemException;
import jakarta.persistence.OptimisticLockException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** A failed change in words an operator can act on: the service's problem, a conflicting edit, or an incident to report. */
final class DeploymentProblems {

  static final String CHANGED = "This deployment was changed by someone else — reload to see their changes, then edit again.";
  private static final Logger LOG = Logger.getLogger(DeploymentProblems.class);

  private DeploymentProblems() {}

  static String message(RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ProblemException e) {
        return e.status() == 412 ? CHANGED : describe(e.toProblem());
      }
      if (t instanceof OptimisticLockException) {
        return CHANGED;
      }
    }
    LOG.error("unexpected failure while changing a deployment", failure);
    return "Something went wrong on the server; the change was not saved. Try again, or ask your administrator to check the log.";
  }

  private static String describe(Problem problem) {
    String fields = problem.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return problem.detail() + (fields.isEmpty() ? "" : " (" + fields + ")");
  }
}
