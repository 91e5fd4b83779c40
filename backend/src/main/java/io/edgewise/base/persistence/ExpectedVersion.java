package io.edgewise.base.persistence;

import io.edgewise.base.error.StaleVersion;
import java.util.Set;

/**
 * The versions of an entity a change was made against (optimistic concurrency): any version, or one
 * of a set. A change against another version is refused, so nobody overwrites what they have not
 * seen.
 *
 * @param versions the acceptable versions; null accepts any
 * @param stated how the caller stated them (an HTTP {@code If-Match} value, say), for the refusal
 */
public record ExpectedVersion(Set<Long> versions, String stated) {

  /** No expectation: the change applies to whatever version is current. */
  public static final ExpectedVersion ANY = new ExpectedVersion(null, null);

  public ExpectedVersion {
    versions = versions == null ? null : Set.copyOf(versions);
  }

  /** Exactly {@code version}, the one a caller read. */
  public static ExpectedVersion of(long version) {
    return new ExpectedVersion(Set.of(version), "\"" + version + "\"");
  }

  /** {@link StaleVersion} unless {@code current} is an acceptable version. */
  public void check(long current) {
    if (versions == null || versions.contains(current)) {
      return;
    }
    throw new StaleVersion(
        "If-Match "
            + stated
            + " does not match the current version \""
            + current
            + "\"; fetch the resource again");
  }
}
