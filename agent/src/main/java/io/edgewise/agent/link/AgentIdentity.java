package io.edgewise.agent.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The agent id, stable for the machine: {@code /etc/machine-id} where it exists, else a random id
 * kept in the data dir (containers without a machine id still keep their node across restarts as
 * long as the data dir persists).
 */
public final class AgentIdentity {
  private AgentIdentity() {}

  public static String resolve(Path machineId, Path dataDir) throws IOException {
    String id = read(machineId);
    if (id != null) {
      return "machine-" + id;
    }
    Path own = dataDir.resolve("agent-id");
    id = read(own);
    if (id == null) {
      id = UUID.randomUUID().toString();
      Files.createDirectories(dataDir);
      Files.writeString(own, id + "\n");
    }
    return "agent-" + id;
  }

  private static String read(Path file) {
    try {
      String s = Files.isReadable(file) ? Files.readString(file).strip() : "";
      return s.isEmpty() || s.length() > 100 ? null : s;
    } catch (IOException e) {
      return null;
    }
  }
}
