package io.edgewise.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged control plane ({@code quarkus-run.jar}) run as a real process, as an operator would.
 */
final class PackagedApp implements AutoCloseable {

  private final Process process;
  final int port;
  final Path log;

  private PackagedApp(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static PackagedApp start(Path dataDir, Map<String, String> env)
      throws IOException, InterruptedException {
    String jar = System.getProperty("edgewise.app.jar", "target/quarkus-app/quarkus-run.jar");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("EDGEWISE_DATA_DIR", dataDir.toString());
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    PackagedApp app = new PackagedApp(builder.start(), port, log);
    app.awaitReady();
    return app;
  }

  HttpResponse<String> get(String path, String user, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String user, String password, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private void awaitReady() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the app exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (get("/q/health/ready", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("the app did not become ready within 120 s; see " + log);
  }

  /** Stops the app as Kubernetes would (SIGTERM) and waits for it to exit. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
