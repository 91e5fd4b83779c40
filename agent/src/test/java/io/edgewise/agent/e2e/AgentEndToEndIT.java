package io.edgewise.agent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.e2e.Http.Answer;
import io.edgewise.agent.e2e.Http.Auth;
import io.edgewise.agent.serving.DjlReference;
import io.edgewise.registry.onnx.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end scenario of docs/agent.md on loopback, every part a real process: the packaged
 * control plane on the embedded PostgreSQL and two packaged CPU-only agents at one site. Both
 * register; a CNN deployed to a fleet at that site is planned onto one of them; that agent
 * downloads and loads it; a client gets correct answers from the whole model and from the split
 * (head computed here, as the device would); the agent's metrics reach the control plane; the
 * serving agent is killed, its node goes OFFLINE, the re-plan moves the deployment and the other
 * agent serves it.
 */
class AgentEndToEndIT {

  private static final Logger LOG = Logger.getLogger(AgentEndToEndIT.class.getName());
  private static final Duration SOON = Duration.ofSeconds(60);
  private static final double TOLERANCE = 1e-5;

  @Test
  void twoAgentsServeAPlannedModelWholeAndSplitAndTheSurvivorTakesOver() throws Exception {
    Path dir = Files.createTempDirectory("edgewise-e2e-");
    try (ControlPlane cp = ControlPlane.start(dir)) {
      Auth admin = EndToEndWorld.tenantAdmin(cp);
      String agentToken = EndToEndWorld.agentToken(cp, admin, "e2e-agents");
      String siteId = EndToEndWorld.mecSite(cp, admin, "e2e-mec");
      String fleetId = EndToEndWorld.fleet(cp, admin, siteId, 4);
      byte[] onnx = TestModels.edgeHeavy(7).toByteArray();
      JsonNode version = EndToEndWorld.version(cp, admin, onnx);

      long started = System.nanoTime();
      try (AgentProcess a = AgentProcess.start("agent-a", dir, cp.base, agentToken, "e2e-mec");
          AgentProcess b = AgentProcess.start("agent-b", dir, cp.base, agentToken, "e2e-mec")) {
        List<JsonNode> nodes =
            Wait.until(
                "both agents ONLINE",
                Duration.ofSeconds(15),
                () -> onlineNodes(cp, admin, siteId, 2),
                () -> a.process.logText() + "\n" + b.process.logText());
        LOG.info(
            String.format(
                "both agents ONLINE %.1f s after launch", (System.nanoTime() - started) / 1e9));
        assertThat(nodes)
            .allSatisfy(
                n -> assertThat(n.path("gpus").get(0).path("vendor").asText()).isEqualTo("CPU"));

        String deploymentId =
            EndToEndWorld.deployment(cp, admin, "e2e-classifier", version, fleetId, siteId, 0.5);
        String servingNode = placedOn(cp, admin, deploymentId, null);
        AgentProcess serving = servingNode.equals(a.nodeId()) ? a : b;
        AgentProcess standby = serving == a ? b : a;
        assertThat(servingNode).isEqualTo(serving.nodeId());

        JsonNode split =
            Wait.until(
                "the deployment's split",
                SOON,
                () ->
                    answer(
                        cp.call(
                            "GET", "/api/v1/deployments/" + deploymentId + "/split", admin, null)),
                () ->
                    cp.call("GET", "/api/v1/deployments/" + deploymentId + "/plan", admin, null)
                        .text());
        byte[] head = cp.download("/api/v1/deployments/" + deploymentId + "/split/head", admin);

        Tensor x = image(new Random(11));
        float[] expected =
            DjlReference.run(
                    write(dir, "whole", onnx), Map.of("x", x.data()), Map.of("x", x.shape()))
                .get(0);
        awaitLoaded(serving, version.path("sha256").asText());
        assertWholeAndSplitAnswers(serving, deploymentId, split, head, x, expected, dir);
        assertBadInputsAreRefusedAndServingGoesOn(serving, deploymentId, x, expected);

        JsonNode points =
            Wait.until(
                "the agent's metrics in the control plane",
                Duration.ofSeconds(90),
                () -> metricPoints(cp, admin, deploymentId),
                () -> serving.process.logText());
        long requests =
            StreamSupport.stream(points.spliterator(), false)
                .mapToLong(p -> p.path("requests").asLong())
                .sum();
        assertThat(requests)
            .as("whole and split inferences of this test")
            .isGreaterThanOrEqualTo(3);

        long killedAt = System.nanoTime();
        serving.process.kill();
        Wait.until(
            "the killed agent's node OFFLINE",
            SOON,
            () -> nodeStatus(cp, admin, servingNode, "OFFLINE"),
            () -> "");
        String newNode = placedOn(cp, admin, deploymentId, servingNode);
        assertThat(newNode).isEqualTo(standby.nodeId());
        // the standby may already hold the model warm (the plan's resident set): it serves once its
        // next poll routes it
        Wait.until(
            "the standby serving the deployment",
            SOON,
            () ->
                Optional.of(
                        standby.post(
                            "/v1/infer/" + deploymentId,
                            "application/json",
                            wholeRequest(x),
                            Map.of()))
                    .filter(r -> r.status() == 200),
            () -> standby.get("/v1/models").text());
        assertThat(DjlReference.maxDifference(inferWhole(standby, deploymentId, x), expected))
            .isLessThanOrEqualTo(TOLERANCE);
        LOG.info(
            String.format(
                "the standby served %.1f s after the serving agent was killed",
                (System.nanoTime() - killedAt) / 1e9));
      }
    }
  }

  private static Optional<List<JsonNode>> onlineNodes(
      ControlPlane cp, Auth admin, String siteId, int count) {
    JsonNode page =
        cp.call("GET", "/api/v1/nodes?status=ONLINE&siteId=" + siteId, admin, null).json();
    List<JsonNode> nodes = new ArrayList<>();
    page.path("items").forEach(nodes::add);
    return nodes.size() == count ? Optional.of(nodes) : Optional.empty();
  }

  /**
   * Waits until the latest plan places the deployment on a node other than {@code not}; that node's
   * id.
   */
  private static String placedOn(ControlPlane cp, Auth admin, String deploymentId, String not) {
    return Wait.until(
        "the deployment PLACED" + (not == null ? "" : " away from " + not),
        SOON,
        () -> {
          Answer plan =
              cp.call("GET", "/api/v1/deployments/" + deploymentId + "/plan", admin, null);
          JsonNode entry = plan.status() == 200 ? plan.json().path("plan") : null;
          if (entry == null || !"PLACED".equals(entry.path("outcome").asText())) {
            return Optional.empty();
          }
          String gpuId = entry.path("gpuIds").get(0).asText();
          for (JsonNode gpu :
              cp.call("GET", "/api/v1/plans/latest", admin, null).json().path("gpus")) {
            if (gpuId.equals(gpu.path("gpuId").asText())
                && !gpu.path("nodeId").asText().equals(not)) {
              return Optional.of(gpu.path("nodeId").asText());
            }
          }
          return Optional.empty();
        },
        () ->
            cp.call("GET", "/api/v1/deployments/" + deploymentId + "/plan", admin, null).text()
                + "\nlatest plan: "
                + cp.call("GET", "/api/v1/plans/latest", admin, null).text());
  }

  private static void awaitLoaded(AgentProcess agent, String sha256) {
    Wait.until(
        agent.name + " holding " + sha256 + " LOADED",
        SOON,
        () ->
            Optional.ofNullable(agent.held(sha256))
                .filter(m -> "LOADED".equals(m.path("state").asText())),
        () -> agent.get("/v1/models").text() + "\n" + agent.process.logText());
  }

  private static void assertWholeAndSplitAnswers(
      AgentProcess agent,
      String deploymentId,
      JsonNode split,
      byte[] head,
      Tensor x,
      float[] expected,
      Path dir)
      throws Exception {
    assertThat(DjlReference.maxDifference(inferWhole(agent, deploymentId, x), expected))
        .as("whole model over JSON")
        .isLessThanOrEqualTo(TOLERANCE);

    assertThat(split.path("outputs")).as("one tensor crosses this cut").hasSize(1);
    float[] sentData =
        DjlReference.run(write(dir, "head", head), Map.of("x", x.data()), Map.of("x", x.shape()))
            .get(0);
    Tensor sent =
        new Tensor(
            split.path("outputs").get(0).path("name").asText(),
            batchOfOne(split.path("outputs").get(0).path("shape")),
            sentData);
    String cut = split.path("cut").asText();
    // the tail may still be loading (503 with Retry-After): a device retries
    Answer answer =
        Wait.until(
            "the tail served",
            SOON,
            () ->
                Optional.of(
                        agent.post(
                            "/v1/infer/" + deploymentId + "/from/" + cut,
                            "application/octet-stream",
                            Http.float32(sent.data()),
                            Map.of("X-Edgewise-Shape", joined(sent.shape()))))
                    .filter(r -> r.status() != 503),
            () -> agent.get("/v1/models").text());
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    float[] y = floats(answer.json().path("outputs").get(0).path("data"));
    assertThat(DjlReference.maxDifference(y, expected))
        .as("head here + tail on the agent, raw float32 over HTTP (cut " + cut + ")")
        .isLessThanOrEqualTo(TOLERANCE);
    assertThat(sent.data().length * 4L)
        .as("the device uplinks less than the image")
        .isLessThan(x.data().length * 4L);
  }

  private static void assertBadInputsAreRefusedAndServingGoesOn(
      AgentProcess agent, String deploymentId, Tensor x, float[] expected) {
    Answer wrongShape =
        agent.post(
            "/v1/infer/" + deploymentId,
            "application/json",
            Http.json(
                Map.of(
                    "inputs",
                    List.of(
                        Map.of(
                            "name",
                            "x",
                            "shape",
                            List.of(1, 3, 32, 32),
                            "dtype",
                            "FLOAT32",
                            "data",
                            new float[3 * 32 * 32])))),
            Map.of());
    assertThat(wrongShape.status()).as(wrongShape.text()).isEqualTo(400);
    assertThat(wrongShape.text()).contains("x").contains("64");
    assertThat(
            agent
                .post(
                    "/v1/infer/00000000-0000-0000-0000-000000000000",
                    "application/json",
                    Http.json(Map.of("inputs", List.of())),
                    Map.of())
                .status())
        .isEqualTo(404);
    assertThat(
            agent
                .post("/v1/infer/" + deploymentId, "text/plain", "hello".getBytes(), Map.of())
                .status())
        .isEqualTo(415);
    assertThat(DjlReference.maxDifference(inferWhole(agent, deploymentId, x), expected))
        .isLessThanOrEqualTo(TOLERANCE);
  }

  private static float[] inferWhole(AgentProcess agent, String deploymentId, Tensor x) {
    Answer answer =
        agent.post("/v1/infer/" + deploymentId, "application/json", wholeRequest(x), Map.of());
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return floats(answer.json().path("outputs").get(0).path("data"));
  }

  private static byte[] wholeRequest(Tensor x) {
    return Http.json(
        Map.of(
            "inputs",
            List.of(
                Map.of("name", "x", "shape", x.shape(), "dtype", "FLOAT32", "data", x.data()))));
  }

  private static Optional<JsonNode> metricPoints(ControlPlane cp, Auth admin, String deploymentId) {
    JsonNode series =
        cp.call(
                "GET",
                "/api/v1/metrics?resolution=minute&deploymentId=" + deploymentId,
                admin,
                null)
            .json();
    long requests =
        StreamSupport.stream(series.path("points").spliterator(), false)
            .mapToLong(p -> p.path("requests").asLong())
            .sum();
    return requests >= 3 ? Optional.of(series.path("points")) : Optional.empty();
  }

  private static Optional<Boolean> nodeStatus(
      ControlPlane cp, Auth admin, String nodeId, String status) {
    return status.equals(
            cp.call("GET", "/api/v1/nodes/" + nodeId, admin, null).json().path("status").asText())
        ? Optional.of(true)
        : Optional.empty();
  }

  private static Optional<JsonNode> answer(Answer answer) {
    return answer.status() == 200 ? Optional.of(answer.json()) : Optional.empty();
  }

  /** One float tensor: name, shape and data in C order. */
  private record Tensor(String name, long[] shape, float[] data) {}

  private static Path write(Path dir, String name, byte[] onnx) throws IOException {
    return Files.write(Files.createTempFile(dir, name + "-", ".onnx"), onnx);
  }

  /** A declared shape with its dynamic dimensions (-1) set to 1. */
  private static long[] batchOfOne(JsonNode shape) {
    long[] dims = new long[shape.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = Math.max(1, shape.get(i).asLong());
    }
    return dims;
  }

  private static Tensor image(Random random) {
    float[] data = new float[3 * 64 * 64];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    return new Tensor("x", new long[] {1, 3, 64, 64}, data);
  }

  private static String joined(long[] shape) {
    StringBuilder s = new StringBuilder();
    for (long d : shape) {
      s.append(s.length() == 0 ? "" : ",").append(d);
    }
    return s.toString();
  }

  private static float[] floats(JsonNode array) {
    float[] data = new float[array.size()];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) array.get(i).asDouble();
    }
    return data;
  }
}
