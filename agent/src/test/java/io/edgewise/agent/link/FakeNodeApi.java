package io.edgewise.agent.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node credential's endpoints of docs/api/agent-runtime.md, as {@link FakeControlPlane} serves
 * them: assignments (ETag = the body's sha256, 304 on {@code If-None-Match}), artifacts (404
 * unknown; a {@link #corrupt} one is served with other bytes), metrics (400 for an invalid point,
 * 404 naming deleted deployments, 403 for another site; the points stored are kept) and agent
 * profiles. Each answers 401 for a revoked credential, 403 for the agent token.
 */
public final class FakeNodeApi {
  private final ObjectMapper json = new ObjectMapper();
  private final FakeControlPlane plane;
  private volatile byte[] assignments =
      "{\"planId\":null,\"planCreatedAt\":null,\"assignments\":[],\"resident\":[]}"
          .getBytes(StandardCharsets.UTF_8);
  private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();
  private final Set<String> corrupt = ConcurrentHashMap.newKeySet();
  public final Set<String> deletedDeployments = ConcurrentHashMap.newKeySet();
  public final AtomicInteger assignmentFetches = new AtomicInteger();
  public final AtomicInteger notModified = new AtomicInteger();
  public final Map<String, AtomicInteger> artifactRequests = new ConcurrentHashMap<>();
  public final List<JsonNode> metricPoints = new CopyOnWriteArrayList<>();
  public final List<JsonNode> profiles = new CopyOnWriteArrayList<>();

  /** While set, metrics answer this status (e.g. 503) and store nothing. */
  public volatile int metricsStatus;

  /** While set, assignments answer this status. */
  public volatile int assignmentsStatus;

  /** Milliseconds each artifact download is held before its body is sent. */
  public volatile long artifactDelayMs;

  FakeNodeApi(FakeControlPlane plane, HttpServer server) {
    this.plane = plane;
    server.createContext("/api/v1/agent/assignments", this::assignments);
    server.createContext("/api/v1/agent/artifacts/", this::artifact);
    server.createContext("/api/v1/metrics", this::metrics);
    server.createContext("/api/v1/agent/profiles/", this::profile);
  }

  /** Makes {@code body} the node's assignments and its planId the one heartbeats announce. */
  public void plan(String body) throws IOException {
    assignments = body.getBytes(StandardCharsets.UTF_8);
    plane.planId = json.readTree(body).path("planId").asText(null);
  }

  /** Serves {@code bytes} as an artifact; returns its sha256. */
  public String artifact(byte[] bytes) {
    String sha = sha256(bytes);
    artifacts.put(sha, bytes);
    return sha;
  }

  /** Serves {@code sha256} with wrong bytes from now on. */
  public void corrupt(String sha256, boolean on) {
    if (on) {
      corrupt.add(sha256);
    } else {
      corrupt.remove(sha256);
    }
  }

  public int requestsFor(String sha256) {
    AtomicInteger n = artifactRequests.get(sha256);
    return n == null ? 0 : n.get();
  }

  private UUID node(HttpExchange ex) throws IOException {
    if (plane.injectedFailure(ex)) {
      return null;
    }
    String bearer = FakeControlPlane.bearer(ex);
    UUID node = plane.nodeOfCredential(bearer);
    if (node == null) {
      ex.getRequestBody().readAllBytes();
      FakeControlPlane.answer(
          ex,
          FakeControlPlane.AGENT_TOKEN.equals(bearer) ? 403 : 401,
          "{\"type\":\"unauthorized\"}");
    }
    return node;
  }

  private void assignments(HttpExchange ex) throws IOException {
    if (node(ex) == null) {
      return;
    }
    assignmentFetches.incrementAndGet();
    if (assignmentsStatus != 0) {
      FakeControlPlane.answer(ex, assignmentsStatus, "{\"type\":\"unavailable\"}");
      return;
    }
    byte[] body = assignments;
    String etag = "\"" + sha256(body) + "\"";
    ex.getResponseHeaders().set("ETag", etag);
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      FakeControlPlane.answer(ex, 304, new byte[0]);
    } else {
      FakeControlPlane.answer(ex, 200, body);
    }
  }

  private void artifact(HttpExchange ex) throws IOException {
    if (node(ex) == null) {
      return;
    }
    String sha = ex.getRequestURI().getPath().substring("/api/v1/agent/artifacts/".length());
    artifactRequests.computeIfAbsent(sha, s -> new AtomicInteger()).incrementAndGet();
    byte[] bytes = artifacts.get(sha);
    if (bytes == null) {
      FakeControlPlane.answer(ex, 404, "{\"type\":\"not-found\"}");
      return;
    }
    sleep(artifactDelayMs);
    if (corrupt.contains(sha)) {
      bytes = ("corrupt " + sha).getBytes(StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().set("ETag", "\"" + sha + "\"");
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, bytes.length);
    try (var out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void metrics(HttpExchange ex) throws IOException {
    if (node(ex) == null) {
      return;
    }
    JsonNode points = json.readTree(ex.getRequestBody()).path("points");
    if (metricsStatus != 0) {
      FakeControlPlane.answer(ex, metricsStatus, "{\"type\":\"unavailable\"}");
      return;
    }
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      JsonNode p = points.get(i);
      // the 13 fields of every point, and the optional measured segments (an object)
      int fields = p.has("segments") ? 14 : 13;
      if (p.size() != fields
          || (p.has("segments") && !p.path("segments").isObject())
          || p.path("requests").asLong(-1) < 0
          || !p.path("minute").asText().endsWith(":00Z")
          || p.path("latencyP95Ms").asDouble() < p.path("latencyP50Ms").asDouble()
          || p.path("sloViolations").asLong() > p.path("requests").asLong()) {
        FakeControlPlane.answer(
            ex, 400, "{\"type\":\"validation\",\"errors\":[{\"field\":\"points[" + i + "]\"}]}");
        return;
      }
      if (!FakeControlPlane.SITE_ID.toString().equals(p.path("siteId").asText())) {
        FakeControlPlane.answer(ex, 403, "{\"type\":\"forbidden\"}");
        return;
      }
      if (deletedDeployments.contains(p.path("deploymentId").asText())) {
        unknown
            .append(unknown.length() == 0 ? "" : ",")
            .append("{\"field\":\"points[")
            .append(i)
            .append("].deploymentId\",\"message\":\"no such deployment in your tenant\"}");
      }
    }
    if (unknown.length() > 0) {
      FakeControlPlane.answer(ex, 404, "{\"type\":\"not-found\",\"errors\":[" + unknown + "]}");
      return;
    }
    points.forEach(metricPoints::add);
    FakeControlPlane.answer(ex, 200, "{\"accepted\":" + points.size() + "}");
  }

  private void profile(HttpExchange ex) throws IOException {
    if (node(ex) == null) {
      return;
    }
    JsonNode body = json.readTree(ex.getRequestBody());
    String version = ex.getRequestURI().getPath().substring("/api/v1/agent/profiles/".length());
    profiles.add(json.createObjectNode().put("versionId", version).set("body", body));
    FakeControlPlane.answer(ex, "PUT".equals(ex.getRequestMethod()) ? 200 : 405, "{}");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void close() {
    // nothing of its own to release: the server belongs to the control plane
  }
}
