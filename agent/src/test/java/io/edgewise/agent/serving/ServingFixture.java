package io.edgewise.agent.serving;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.edgewise.agent.serving.ServingPlan.Route;
import io.edgewise.agent.serving.http.InferenceRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A model server behind a real Vert.x HTTP server on a free loopback port, and model files in a
 * temp folder.
 */
public final class ServingFixture implements AutoCloseable {

  public final RecordingEvents events = new RecordingEvents();
  public final ModelServer server;
  public final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer httpServer;
  private final Path dir;

  public ServingFixture(ServingSettings settings) throws Exception {
    this.server = new ModelServer(events, settings);
    this.dir = Files.createTempDirectory("edgewise-serving");
    Router router = Router.router(vertx);
    InferenceRoutes.mount(router, server);
    this.httpServer =
        vertx
            .createHttpServer()
            .requestHandler(router)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  /** Writes a model and returns its file; its "sha256" is {@code key}. */
  public Path write(String key, ModelProto model) throws Exception {
    Path file = dir.resolve(key + ".onnx");
    Files.write(file, model.toByteArray());
    return file;
  }

  public Path write(String key, byte[] bytes) throws Exception {
    Path file = dir.resolve(key + ".onnx");
    Files.write(file, bytes);
    return file;
  }

  public static Route route(
      String deployment, String version, String whole, String cut, String tail, int maxBatch) {
    return new Route(deployment, version, whole, cut, tail, maxBatch, 100.0, 3 * 32 * 32 * 4);
  }

  public static ServingPlan plan(Map<String, Route> routes, Map<String, Path> files) {
    return new ServingPlan(routes, Set.of(), files);
  }

  /** Applies {@code plan} and waits until every model it names with a file is no longer LOADING. */
  public void applyAndWait(ServingPlan plan) throws InterruptedException {
    server.apply(plan);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      var states = new HashMap<String, String>();
      server.models().forEach(m -> states.put(m.sha256(), m.state()));
      if (plan.files().keySet().stream()
              .allMatch(sha -> states.containsKey(sha) && !states.get(sha).equals("LOADING"))
          && states.keySet().stream().allMatch(plan.files()::containsKey)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("models did not load: " + server.models());
  }

  public HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpServer.actualPort() + path))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpServer.actualPort() + path))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public int port() {
    return httpServer.actualPort();
  }

  @Override
  public void close() throws Exception {
    server.close();
    httpServer.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
