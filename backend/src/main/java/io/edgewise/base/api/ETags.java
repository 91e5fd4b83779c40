package io.edgewise.base.api;

import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Optimistic concurrency over HTTP: an entity's version is its ETag, and {@code If-Match} states
 * the versions a change was made against (services check them as an {@link ExpectedVersion}).
 */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The versions an {@code If-Match} value accepts: {@code "3"}, {@code W/"3"} or a list of them;
   * absent, blank or {@code *} accepts any. Tags that are not a version accept none.
   */
  public static ExpectedVersion expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return ExpectedVersion.ANY;
    }
    Set<Long> versions = new HashSet<>();
    for (String tag : ifMatch.split(",")) {
      String candidate = tag.trim();
      if (candidate.startsWith("W/")) {
        candidate = candidate.substring(2);
      }
      version(candidate).ifPresent(versions::add);
    }
    return new ExpectedVersion(versions, ifMatch);
  }

  /** The version a quoted tag names, in the canonical form {@link #of} writes. */
  private static Optional<Long> version(String quoted) {
    if (quoted.length() < 3 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
      return Optional.empty();
    }
    String inner = quoted.substring(1, quoted.length() - 1);
    try {
      long version = Long.parseLong(inner);
      return Long.toString(version).equals(inner) ? Optional.of(version) : Optional.empty();
    } catch (NumberFormatException notAVersion) {
      return Optional.empty();
    }
  }
}
