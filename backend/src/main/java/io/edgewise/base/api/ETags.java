package io.edgewise.base.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: an entity's version is its ETag; {@code If-Match} must name it.
 */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** 412 when {@code ifMatch} is present and names another version than {@code current}. */
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
    throw ProblemException.preconditionFailed(
        "If-Match "
            + ifMatch
            + " does not match the current version "
            + expected
            + "; fetch the resource again");
  }
}
