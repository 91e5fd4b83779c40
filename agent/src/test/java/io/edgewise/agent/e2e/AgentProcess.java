package io.edgewise.agent.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.e2e.Http.Answer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One packaged edge agent ({@code agent/target/quarkus-app/quarkus-run.jar}) with its own data
 * folder and agent id.
 */
final class AgentProcess implements AutoCloseable {

  final String name;
  final JavaProcess process;
  final URI base;

  private AgentProcess(String name, JavaProcess process) {
    this.name = name;
    this.process = process;
    this.base = URI.create("http://127.0.0.1:" + process.port);
  }

  static AgentProcess start(String name, Path dir, URI controlPlane, String agentToken, String site)
      throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("EDGEWISE_URL", controlPlane.toString());
    env.put("EDGEWISE_AGENT_TOKEN", agentToken);
    env.put("EDGEWISE_SITE", site);
    env.put("EDGEWISE_AGENT_DATA_DIR", dir.resolve(name).toString());
    env.put("EDGEWISE_AGENT_ID", "e2e-" + name);
    env.put("EDGEWISE_AGENT_HEARTBEAT_EVERY", "1s");
    return new AgentProcess(name, JavaProcess.start("edgewise.agent.jar", dir, name, env));
  }

  /** The node id the agent registered as, once its health says so. */
  String nodeId() {
    Answer health = get("/health");
    return health.status() == 200 ? health.json().path("nodeId").asText(null) : null;
  }

  Answer get(String path) {
    return Http.send("GET", base.resolve(path), null, null, null, Map.of());
  }

  Answer post(String path, String contentType, byte[] body, Map<String, String> headers) {
    return Http.send("POST", base.resolve(path), null, contentType, body, headers);
  }

  /** The model the agent holds with this sha256, as {@code GET /v1/models} lists it. */
  JsonNode held(String sha256) {
    Answer models = get("/v1/models");
    if (models.status() != 200) {
      return null;
    }
    for (JsonNode model : models.json().isArray() ? models.json() : models.json().path("models")) {
      if (sha256.equals(model.path("sha256").asText())) {
        return model;
      }
    }
    return null;
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
