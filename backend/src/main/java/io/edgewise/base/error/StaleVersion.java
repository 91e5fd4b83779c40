package io.edgewise.base.error;

import java.util.List;

/** The caller changed a version of a resource that is no longer the current one. */
public final class StaleVersion extends DomainException {

  public StaleVersion(String detail) {
    super("precondition-failed", detail, List.of());
  }

  /**
   * Checks the versions a caller expects ({@code ifMatch}, an HTTP {@code If-Match} value such as
   * {@code "3"}, {@code W/"3"} or {@code *}) against {@code current}; nothing expected passes.
   */
  public static void check(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return;
    }
    String expected = "\"" + current + "\"";
    for (String tag : ifMatch.split(",")) {
      String candidate = tag.trim();
      if (candidate.startsWith("W/")) {
        candidate = candidate.substring(2);
      }
      if (candidate.equals(expected)) {
        return;
      }
    }
    throw new StaleVersion(
        "If-Match "
            + ifMatch
            + " does not match the current version "
            + expected
            + "; fetch the resource again");
  }
}
