package io.edgewise.base.api;

import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.error.Forbidden;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.NotFound;
import io.edgewise.base.error.StaleVersion;
import io.edgewise.base.error.TooLarge;
import io.edgewise.base.error.Unprocessable;
import java.util.Map;

/**
 * The problem document for a {@link DomainException}: its kind chooses the HTTP status, its code
 * the problem {@code type}, and the title is the code's (or else the kind's) name.
 */
public final class DomainProblems {

  private static final Map<String, String> TITLES =
      Map.of(
          "no-split", "No executable split",
          "in-use", "Still referenced",
          "validation", "Invalid request",
          "bad-request", "Bad request",
          "unknown-reference", "Unknown reference");

  private DomainProblems() {}

  public static Problem of(DomainException e) {
    String title = TITLES.getOrDefault(e.code(), kindTitle(e));
    return new Problem(Problem.TYPE_BASE + e.code(), title, status(e), e.getMessage(), e.errors());
  }

  static int status(DomainException e) {
    if (e instanceof InvalidInput) {
      return 400;
    } else if (e instanceof Forbidden) {
      return 403;
    } else if (e instanceof NotFound) {
      return 404;
    } else if (e instanceof Conflict) {
      return 409;
    } else if (e instanceof StaleVersion) {
      return 412;
    } else if (e instanceof TooLarge) {
      return 413;
    } else if (e instanceof Unprocessable) {
      return 422;
    }
    throw new IllegalArgumentException("no status for " + e.getClass());
  }

  private static String kindTitle(DomainException e) {
    return switch (status(e)) {
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 412 -> "Precondition failed";
      case 413 -> "Payload too large";
      case 422 -> "Unprocessable content";
      default -> "Bad request";
    };
  }
}
