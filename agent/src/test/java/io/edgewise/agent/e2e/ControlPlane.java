package io.edgewise.agent.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.e2e.Http.Answer;
import io.edgewise.agent.e2e.Http.Auth;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The packaged control plane ({@code app/target/quarkus-app/quarkus-run.jar}) on the embedded
 * PostgreSQL in a temporary folder, without the demo tenant, with fast heartbeats so that a dead
 * agent is noticed in seconds.
 */
final class ControlPlane implements AutoCloseable {

  static final String PLATFORM_ADMIN = "admin@edgewise.local";
  static final String PASSWORD = "e2e-password-1234";

  final JavaProcess process;
  final URI base;

  private ControlPlane(JavaProcess process) {
    this.process = process;
    this.base = URI.create("http://127.0.0.1:" + process.port);
  }

  static ControlPlane start(Path dir) throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("EDGEWISE_DATA_DIR", dir.resolve("control-plane").toString());
    env.put("EDGEWISE_DEMO_ENABLED", "false");
    env.put("EDGEWISE_PLATFORM_ADMIN_PASSWORD", PASSWORD);
    env.put("EDGEWISE_NODES_HEARTBEAT_INTERVAL", "1s");
    env.put("EDGEWISE_NODES_MISSED_HEARTBEATS", "3");
    env.put("EDGEWISE_NODES_SWEEP_EVERY", "1s");
    env.put("EDGEWISE_PLANNING_REPLAN_DEBOUNCE", "1s");
    ControlPlane cp =
        new ControlPlane(JavaProcess.start("edgewise.app.jar", dir, "control-plane", env));
    Wait.until(
        "the control plane to be ready",
        Duration.ofSeconds(120),
        () ->
            cp.process.process.isAlive()
                ? ok(cp.call("GET", "/q/health/ready", null, null))
                : Optional.of(false),
        cp.process::logText);
    if (!cp.process.process.isAlive()) {
      throw new IllegalStateException("the control plane exited: " + cp.process.logText());
    }
    return cp;
  }

  Answer call(String method, String path, Auth auth, Object body) {
    return Http.send(
        method,
        base.resolve(path),
        auth,
        body == null ? null : "application/json",
        body == null ? null : Http.json(body),
        Map.of());
  }

  /** A call that must answer {@code status}; its JSON body. */
  JsonNode expect(int status, String method, String path, Auth auth, Object body) {
    Answer answer = call(method, path, auth, body);
    if (answer.status() != status) {
      throw new AssertionError(
          method
              + " "
              + path
              + " answered "
              + answer.status()
              + ", expected "
              + status
              + ": "
              + answer.text());
    }
    return answer.body().length == 0 ? null : answer.json();
  }

  byte[] download(String path, Auth auth) {
    Answer answer = Http.send("GET", base.resolve(path), auth, null, null, Map.of());
    if (answer.status() != 200) {
      throw new AssertionError(
          "GET " + path + " answered " + answer.status() + ": " + answer.text());
    }
    return answer.body();
  }

  JsonNode upload(String path, Auth auth, byte[] onnx) {
    Answer answer =
        Http.send("POST", base.resolve(path), auth, "application/octet-stream", onnx, Map.of());
    if (answer.status() != 201) {
      throw new AssertionError("upload answered " + answer.status() + ": " + answer.text());
    }
    return answer.json();
  }

  private static Optional<Boolean> ok(Answer answer) {
    return answer.status() == 200 ? Optional.of(true) : Optional.empty();
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
