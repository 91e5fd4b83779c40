package io.edgewise.agent.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the control plane's agent contract of docs/api/nodes.md in-JVM: register (201 new, 200 known, every registration
 * revokes the previous credential, 422 for an unknown site), heartbeat (401 for a revoked credential, 400 for an unknown
 * field or GPU index), and outages injected as N answers of a given status.
 */
final class FakeControlPlane implements AutoCloseable {
  static final String AGENT_TOKEN = "ew_agent_token";
  static final String SITE = "central-station-mec";
  private static final Set<String> SAMPLE_FIELDS = Set.of("index", "utilizationPct", "memoryUsedMib", "temperatureC");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, UUID> nodesByAgent = new ConcurrentHashMap<>();
  private final Map<UUID, Set<Integer>> gpuIndexes = new ConcurrentHashMap<>();
  private final Map<String, UUID> liveCredentials = new ConcurrentHashMap<>();
  private final AtomicInteger outage = new AtomicInteger();
  private volatile int outageStatus = 503;
  final AtomicInteger registrations = new AtomicInteger();
  final AtomicInteger heartbeats = new AtomicInteger();
  final AtomicInteger rejected = new AtomicInteger();

  FakeControlPlane() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/agent/register", this::register);
    server.createContext("/api/v1/agent/heartbeat", this::heartbeat);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next {@code count} requests answer {@code status}. */
  void failNext(int count, int status) {
    outageStatus = status;
    outage.set(count);
  }

  /** Revokes every credential, as a registration from elsewhere or a deleted node would. */
  void revokeCredentials() {
    liveCredentials.clear();
  }

  UUID nodeOf(String agentId) {
    return nodesByAgent.get(agentId);
  }

  private void register(HttpExchange ex) throws IOException {
    if (injectedFailure(ex)) {
      return;
    }
    JsonNode body = json.readTree(ex.getRequestBody());
    String bearer = bearer(ex);
    String agentId = body.path("agentId").asText("");
    if (!AGENT_TOKEN.equals(bearer) && !(liveCredentials.containsKey(bearer) && liveCredentials.get(bearer).equals(nodesByAgent.get(agentId)))) {
      answer(ex, 401, "{\"type\":\"unauthorized\"}");
      return;
    }
    if (agentId.isBlank() || body.path("cpuCores").asInt() <= 0 || body.path("memoryMib").asLong() <= 0) {
      answer(ex, 400, "{\"type\":\"validation\"}");
      return;
    }
    if (!SITE.equals(body.path("site").asText())) {
      answer(ex, 422, "{\"type\":\"unknown-reference\",\"errors\":[{\"field\":\"site\"}]}");
      return;
    }
    Set<Integer> indexes = new HashSet<>();
    for (JsonNode gpu : body.path("gpus")) {
      if (gpu.path("memoryMib").asLong() <= 0 || gpu.path("peakTflops").asDouble() <= 0 || gpu.path("model").asText("").isBlank()
          || !indexes.add(gpu.path("index").asInt())) {
        answer(ex, 400, "{\"type\":\"validation\"}");
        return;
      }
    }
    boolean created = !nodesByAgent.containsKey(agentId);
    UUID node = nodesByAgent.computeIfAbsent(agentId, a -> UUID.randomUUID());
    gpuIndexes.put(node, indexes);
    liveCredentials.values().removeIf(node::equals);
    String credential = "ew_" + UUID.randomUUID();
    liveCredentials.put(credential, node);
    registrations.incrementAndGet();
    answer(ex, created ? 201 : 200,
        "{\"nodeId\":\"" + node + "\",\"credential\":\"" + credential + "\",\"heartbeatIntervalSeconds\":10}");
  }

  private void heartbeat(HttpExchange ex) throws IOException {
    if (injectedFailure(ex)) {
      return;
    }
    UUID node = liveCredentials.get(bearer(ex));
    if (node == null) {
      answer(ex, AGENT_TOKEN.equals(bearer(ex)) ? 403 : 401, "{\"type\":\"unauthorized\"}");
      return;
    }
    JsonNode body = json.readTree(ex.getRequestBody());
    for (var names = body.fieldNames(); names.hasNext(); ) {
      if (!"gpus".equals(names.next())) {
        answer(ex, 400, "{\"type\":\"validation\"}");
        return;
      }
    }
    for (JsonNode sample : body.path("gpus")) {
      for (var names = sample.fieldNames(); names.hasNext(); ) {
        if (!SAMPLE_FIELDS.contains(names.next())) {
          answer(ex, 400, "{\"type\":\"validation\"}");
          return;
        }
      }
      if (!gpuIndexes.get(node).contains(sample.path("index").asInt(-1))) {
        answer(ex, 400, "{\"type\":\"validation\",\"errors\":[{\"field\":\"gpus[0].index\"}]}");
        return;
      }
    }
    heartbeats.incrementAndGet();
    answer(ex, 200, "{\"status\":\"ONLINE\",\"heartbeatIntervalSeconds\":10}");
  }

  private boolean injectedFailure(HttpExchange ex) throws IOException {
    if (outage.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      ex.getRequestBody().readAllBytes();
      rejected.incrementAndGet();
      answer(ex, outageStatus, "{\"type\":\"unavailable\"}");
      return true;
    }
    return false;
  }

  private static String bearer(HttpExchange ex) {
    String header = ex.getRequestHeaders().getFirst("Authorization");
    return header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
  }

  private static void answer(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
