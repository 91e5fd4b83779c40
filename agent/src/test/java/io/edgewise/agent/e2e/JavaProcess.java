package io.edgewise.agent.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus jar started as its own JVM, as an operator would, with its output in a log
 * file.
 */
final class JavaProcess implements AutoCloseable {

  final Process process;
  final int port;
  final Path log;

  private JavaProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static JavaProcess start(String jarProperty, Path logDir, String name, Map<String, String> env)
      throws IOException {
    Path jar = Path.of(System.getProperty(jarProperty, "missing: run with mvn verify"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " does not exist: build it first (./mvnw -B package -DskipTests)");
    }
    int port = freePort();
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("EDGEWISE_") || k.startsWith("QUARKUS_"));
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    return new JavaProcess(builder.start(), port, log);
  }

  String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Ends the process like a crash or a power cut: SIGKILL, no shutdown hooks. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops it as Kubernetes would (SIGTERM), then waits. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
