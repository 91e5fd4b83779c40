package io.edgewise.agent.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the {@link Registration} in {@code <data dir>/registration.json}, readable by the agent's
 * user only (0600), so a restarted agent heartbeats as the same node without registering again.
 */
public class RegistrationStore {
  private static final Logger LOG = Logger.getLogger(RegistrationStore.class.getName());
  private final ObjectMapper json = new ObjectMapper();
  private final Path file;

  public RegistrationStore(Path dataDir) {
    this.file = dataDir.resolve("registration.json");
  }

  public Path file() {
    return file;
  }

  /**
   * The stored registration of {@code agentId}; empty when there is none, it is unreadable, or it
   * is another machine's.
   */
  public Optional<Registration> load(String agentId) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Registration r = json.readValue(file.toFile(), Registration.class);
      if (r.nodeId() != null && r.credential() != null && agentId.equals(r.agentId())) {
        return Optional.of(r);
      }
      LOG.warning(file + " belongs to another agent id or is incomplete; registering afresh");
    } catch (IOException e) {
      LOG.warning(
          file
              + " is unreadable ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); registering afresh");
    }
    return Optional.empty();
  }

  /** Writes atomically: a crash leaves either the old file or the new one, never half of one. */
  public void save(Registration registration) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.write(temp, json.writeValueAsBytes(registration));
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
