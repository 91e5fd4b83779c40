package io.edgewise.agent.store;

import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.ControlPlaneException;
import io.edgewise.agent.link.NodeCredential;
import io.edgewise.agent.link.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;

/**
 * One artifact fetched by {@code GET /api/v1/agent/artifacts/{sha256}} with the node credential
 * into a temp file next to its final place, hashed while it streams, and moved into place
 * atomically only when the hash matches its name.
 */
final class ArtifactDownload {
  static final String TEMP_SUFFIX = ".part";

  private final ControlPlaneClient client;
  private final NodeCredential credential;

  ArtifactDownload(ControlPlaneClient client, NodeCredential credential) {
    this.client = client;
    this.credential = credential;
  }

  /**
   * Downloads {@code sha256} to {@code target}; throws with the reason when it did not arrive
   * intact.
   */
  void fetch(String sha256, Path target) throws ControlPlaneException, IOException {
    Registration registration =
        credential
            .registration()
            .orElseThrow(() -> new ControlPlaneException(0, "not registered yet", null));
    HttpResponse<InputStream> response =
        client.stream("/api/v1/agent/artifacts/" + sha256, registration.credential());
    Path temp =
        target.resolveSibling(
            target.getFileName() + "." + Thread.currentThread().getId() + TEMP_SUFFIX);
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        if (response.statusCode() == 401) {
          credential.refused(registration.credential());
        }
        throw new ControlPlaneException(
            response.statusCode(),
            "artifact "
                + sha256
                + " answered "
                + response.statusCode()
                + ": "
                + ControlPlaneClient.abbreviate(in.readNBytes(300)),
            null);
      }
      MessageDigest digest = Sha256.digest();
      byte[] buffer = new byte[1 << 16];
      try (OutputStream out = Files.newOutputStream(temp)) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      String actual = Sha256.hex(digest);
      if (!actual.equals(sha256)) {
        throw new IOException(
            "artifact "
                + sha256
                + " arrived with sha256 "
                + actual
                + " ("
                + Files.size(temp)
                + " bytes); discarded");
      }
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
