package io.edgewise.registry;

import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.TooLarge;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Artifact files under {@code ${edgewise.data-dir}/artifacts}, content-addressed per tenant ({@code
 * <tenant>/<sha256>}). Uploads stream into {@code .incoming/} and are moved into place atomically,
 * so readers never see a partial file.
 */
@ApplicationScoped
public class ArtifactStore {

  private static final Logger LOG = Logger.getLogger(ArtifactStore.class);
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

  @Inject RegistryConfig config;

  @ConfigProperty(name = "edgewise.data-dir", defaultValue = "${user.home}/.edgewise")
  Path dataDir;

  /** The folder every artifact lives under. */
  public Path root() {
    return dataDir.toAbsolutePath().resolve("artifacts");
  }

  /**
   * Copies {@code body} to a temporary file while hashing and counting it; 413 (and no file) once
   * it passes {@link RegistryConfig#maxArtifactBytes()}, 400 when the client stops sending mid-way.
   */
  public StagedArtifact stage(InputStream body) {
    Path incoming = root().resolve(".incoming");
    Path file = incoming.resolve(UUID.randomUUID() + ".part");
    long limit = config.maxArtifactBytes();
    try {
      Files.createDirectories(incoming);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (FileChannel out =
          FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int n = read(body, buffer); n >= 0; n = read(body, buffer)) {
          size += n;
          if (size > limit) {
            throw new TooLarge("the artifact is larger than the limit of " + limit + " bytes");
          }
          sha256.update(buffer, 0, n);
          out.write(ByteBuffer.wrap(buffer, 0, n));
        }
        out.force(true);
      }
      return new StagedArtifact(file, HexFormat.of().formatHex(sha256.digest()), size);
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("could not stage the upload", e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Moves a staged file to its content address, {@link #keyOf} in {@code tenantId}'s folder. */
  public void promote(UUID tenantId, StagedArtifact staged) {
    String key = keyOf(tenantId, staged.sha256());
    Path target = locate(key);
    try {
      Files.createDirectories(target.getParent());
      // an existing target holds the same bytes (same sha256), so replacing it is harmless
      Files.move(
          staged.file(),
          target,
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the artifact " + key, e);
    }
  }

  /** The file behind {@code key}; it may not exist. */
  public Path locate(String key) {
    Path file = root().resolve(key).normalize();
    if (!file.startsWith(root())) {
      throw new IllegalArgumentException("artifact key outside the store: " + key);
    }
    return file;
  }

  public void delete(String key) {
    try {
      Files.deleteIfExists(locate(key));
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the artifact " + key, e);
    }
  }

  public static String keyOf(UUID tenantId, String sha256) {
    return tenantId + "/" + sha256;
  }

  /** Uploads cut off by a crash leave temporary files; drop those nobody can still be writing. */
  void sweepAbandonedUploads(@Observes StartupEvent started) {
    Path incoming = root().resolve(".incoming");
    if (!Files.isDirectory(incoming)) {
      return;
    }
    Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
    try (Stream<Path> files = Files.list(incoming)) {
      files.filter(f -> lastModified(f).isBefore(cutoff)).forEach(ArtifactStore::deleteQuietly);
    } catch (IOException e) {
      LOG.warnf(e, "could not sweep abandoned uploads in %s", incoming);
    }
  }

  private static int read(InputStream body, byte[] buffer) {
    try {
      return body.read(buffer);
    } catch (IOException e) {
      throw new InvalidInput(
          "the upload was interrupted before the end of the body: " + e.getMessage());
    }
  }

  private static Instant lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.MAX;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warnf(e, "could not delete %s", file);
    }
  }
}
