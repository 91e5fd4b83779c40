package io.edgewise.registry;

import io.edgewise.base.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Finds the file of a sha256 that the caller's tenant holds: a version's artifact or a split's head
 * or tail.
 */
@ApplicationScoped
public class HeldArtifacts {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @Inject ModelVersionRepository versions;
  @Inject SplitArtifactRepository splits;
  @Inject ArtifactStore store;

  /** The file; 404 for a sha256 the tenant does not hold (another tenant's included). */
  @Transactional
  public Path file(String sha256) {
    if (sha256 == null
        || !SHA256.matcher(sha256).matches()
        || versions.countBySha256(sha256) == 0 && !splits.holds(sha256)) {
      throw new NotFound("artifact " + sha256);
    }
    Path file = store.locate(ArtifactStore.keyOf(versions.tenantId(), sha256));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the artifact " + sha256 + " is recorded but missing from the store: " + file);
    }
    return file;
  }
}
