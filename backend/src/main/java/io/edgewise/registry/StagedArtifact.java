package io.edgewise.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded body written to a temporary file, with its digest and size. Closing it deletes the
 * temporary file unless the store has promoted it, so a failed upload leaves no file behind.
 */
public record StagedArtifact(Path file, String sha256, long sizeBytes) implements AutoCloseable {

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the staged upload " + file, e);
    }
  }
}
