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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the control plane's agent contract of docs/api/nodes.md and docs/api/agent-runtime.md
 * in-JVM: register (201 new, 200 known, every registration revokes the previous credential, 422 for
 * an unknown site; the site id in the answer when {@link #siteIdInAnswer}), heartbeat (401 for a
 * revoked credential, 400 for an unknown field or GPU index; models kept, planId answered), and
 * outages injected as N answers of a given status. {@link FakeNodeApi} adds assignments, artifacts,
 * metrics and profiles.
 */
public final class FakeControlPlane implements AutoCloseable {
  public static final String AGENT_TOKEN = "ew_agent_token";
  public static final String SITE = "central-station-mec";
  public static final UUID SITE_ID = UUID.fromString("8e4361be-0000-4000-8000-000000000001");
  private static final Set<String> SAMPLE_FIELDS =
      Set.of("index", "utilizationPct", "memoryUsedMib", "temperatureC");
  private static final Set<String> MODEL_FIELDS =
      Set.of("versionId", "sha256", "state", "loadMs", "error");
  private static final Set<String> MODEL_STATES = Set.of("LOADED", "LOADING", "FAILED", "STORED");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, UUID> nodesByAgent = new ConcurrentHashMap<>();
  private final Map<UUID, Set<Integer>> gpuIndexes = new ConcurrentHashMap<>();
  private final Map<String, UUID> liveCredentials = new ConcurrentHashMap<>();
  private final AtomicInteger outage = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private volatile int outageStatus = 503;
  public final AtomicInteger registrations = new AtomicInteger();
  public final AtomicInteger heartbeats = new AtomicInteger();
  public final AtomicInteger rejected = new AtomicInteger();

  /** The tenant's latest plan id, answered on heartbeats. */
  public volatile String planId;

  /** Whether the register answer names the node's site id (the documented answer does not). */
  public volatile boolean siteIdInAnswer;

  /** The {@code models} of the last heartbeat that had them, and how many heartbeats had them. */
  public volatile JsonNode lastModels;

  public final AtomicInteger modelReports = new AtomicInteger();

  /** The node API of docs/api/agent-runtime.md. */
  public final FakeNodeApi nodeApi;

  public FakeControlPlane() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/agent/register", this::register);
    server.createContext("/api/v1/agent/heartbeat", this::heartbeat);
    nodeApi = new FakeNodeApi(this, server);
    server.setExecutor(pool);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The node a live credential belongs to, or null. */
  UUID nodeOfCredential(String credential) {
    return liveCredentials.get(credential);
  }

  /** The next {@code count} requests answer {@code status}. */
  public void failNext(int count, int status) {
    outageStatus = status;
    outage.set(count);
  }

  /** Revokes every credential, as a registration from elsewhere or a deleted node would. */
  public void revokeCredentials() {
    liveCredentials.clear();
  }

  public UUID nodeOf(String agentId) {
    return nodesByAgent.get(agentId);
  }

  private void register(HttpExchange ex) throws IOException {
    if (injectedFailure(ex)) {
      return;
    }
    JsonNode body = json.readTree(ex.getRequestBody());
    String bearer = bearer(ex);
    String agentId = body.path("agentId").asText("");
    if (!AGENT_TOKEN.equals(bearer)
        && !(liveCredentials.containsKey(bearer)
            && liveCredentials.get(bearer).equals(nodesByAgent.get(agentId)))) {
      answer(ex, 401, "{\"type\":\"unauthorized\"}");
      return;
    }
    if (agentId.isBlank()
        || body.path("cpuCores").asInt() <= 0
        || body.path("memoryMib").asLong() <= 0) {
      answer(ex, 400, "{\"type\":\"validation\"}");
      return;
    }
    if (!SITE.equals(body.path("site").asText())) {
      answer(ex, 422, "{\"type\":\"unknown-reference\",\"errors\":[{\"field\":\"site\"}]}");
      return;
    }
    Set<Integer> indexes = new HashSet<>();
    for (JsonNode gpu : body.path("gpus")) {
      if (gpu.path("memoryMib").asLong() <= 0
          || gpu.path("peakTflops").asDouble() <= 0
          || gpu.path("model").asText("").isBlank()
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
    answer(
        ex,
        created ? 201 : 200,
        "{\"nodeId\":\""
            + node
            + "\",\"credential\":\""
            + credential
            + "\",\"heartbeatIntervalSeconds\":10"
            + (siteIdInAnswer ? ",\"siteId\":\"" + SITE_ID + "\"" : "")
            + "}");
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
      if (!Set.of("gpus", "models").contains(names.next())) {
        answer(ex, 400, "{\"type\":\"validation\"}");
        return;
      }
    }
    if (body.hasNonNull("models") && !validModels(body.path("models"))) {
      answer(ex, 400, "{\"type\":\"validation\",\"errors\":[{\"field\":\"models\"}]}");
      return;
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
    if (body.hasNonNull(
        "models")) { // absent or null: the stored report stays, as in the control plane
      lastModels = body.path("models");
      modelReports.incrementAndGet();
    }
    heartbeats.incrementAndGet();
    String plan = planId;
    answer(
        ex,
        200,
        "{\"status\":\"ONLINE\",\"heartbeatIntervalSeconds\":10,\"planId\":"
            + (plan == null ? "null" : "\"" + plan + "\"")
            + "}");
  }

  private static boolean validModels(JsonNode models) {
    if (!models.isArray() || models.size() > 256) {
      return false;
    }
    for (JsonNode model : models) {
      for (var names = model.fieldNames(); names.hasNext(); ) {
        if (!MODEL_FIELDS.contains(names.next())) {
          return false;
        }
      }
      if (!MODEL_STATES.contains(model.path("state").asText())
          || model.path("sha256").asText("").isBlank()) {
        return false;
      }
    }
    return true;
  }

  boolean injectedFailure(HttpExchange ex) throws IOException {
    if (outage.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      ex.getRequestBody().readAllBytes();
      rejected.incrementAndGet();
      answer(ex, outageStatus, "{\"type\":\"unavailable\"}");
      return true;
    }
    return false;
  }

  static String bearer(HttpExchange ex) {
    String header = ex.getRequestHeaders().getFirst("Authorization");
    return header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
  }

  static void answer(HttpExchange ex, int status, String body) throws IOException {
    answer(ex, status, body.getBytes(StandardCharsets.UTF_8));
  }

  static void answer(HttpExchange ex, int status, byte[] bytes) throws IOException {
    ex.getResponseHeaders()
        .set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
    ex.sendResponseHeaders(status, status == 304 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (status != 304) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    nodeApi.close();
    server.stop(0);
    pool.shutdownNow();
  }
}
