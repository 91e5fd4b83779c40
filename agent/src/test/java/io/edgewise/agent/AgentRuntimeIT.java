package io.edgewise.agent;

import static io.edgewise.agent.link.RunningLink.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.link.FakeControlPlane;
import io.edgewise.registry.onnx.TestModels;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged agent ({@code target/quarkus-app/quarkus-run.jar}) as a process against the fake
 * control plane: it registers its CPU, follows an assignment into its model store, reports the
 * model in its heartbeats, answers {@code /health}, and stops on SIGTERM.
 */
class AgentRuntimeIT {
  @TempDir Path dataDir;

  @Test
  void thePackagedAgentFollowsItsPlanIntoTheStoreAndReportsIt() throws Exception {
    try (FakeControlPlane plane = new FakeControlPlane()) {
      plane.siteIdInAnswer = true;
      String sha = plane.nodeApi.artifact(TestModels.cnn(1).toByteArray());
      plane.nodeApi.plan(
          "{\"planId\":\"plan-1\",\"assignments\":[{\"deploymentId\":\"11111111-1111-4111-8111-111111111111\","
              + "\"versionId\":\"v1\",\"gpuIndex\":0,\"batchSize\":1,\"latencySloMs\":50.0,\"whole\":{\"sha256\":\""
              + sha
              + "\",\"sizeBytes\":100,\"url\":\"/api/v1/agent/artifacts/"
              + sha
              + "\"},\"split\":null,\"note\":null}],"
              + "\"resident\":[]}");
      int port = freePort();
      ProcessBuilder builder =
          new ProcessBuilder("java", "-jar", System.getProperty("edgewise.agent.jar"))
              .redirectErrorStream(true)
              .redirectOutput(dataDir.resolve("agent.log").toFile());
      builder
          .environment()
          .putAll(
              Map.of(
                  "EDGEWISE_URL",
                  plane.url().toString(),
                  "EDGEWISE_AGENT_TOKEN",
                  FakeControlPlane.AGENT_TOKEN,
                  "EDGEWISE_SITE",
                  FakeControlPlane.SITE,
                  "EDGEWISE_AGENT_DATA_DIR",
                  dataDir.resolve("data").toString(),
                  "EDGEWISE_AGENT_PORT",
                  String.valueOf(port),
                  "EDGEWISE_AGENT_HEARTBEAT_EVERY",
                  "300ms"));
      Process agent = builder.start();
      try {
        await(
            () -> Files.exists(dataDir.resolve("data/models/" + sha + ".onnx")),
            "the artifact stored");
        await(() -> reported(plane.lastModels, sha), "the model in a heartbeat");
        HttpResponse<String> health =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"state\":\"CONNECTED\"");
        assertThat(plane.registrations.get()).isEqualTo(1);
        assertThat(plane.rejected.get()).isZero();
      } finally {
        agent.destroy();
        assertThat(agent.waitFor(15, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
      }
      assertThat(Files.readString(dataDir.resolve("agent.log")))
          .contains("hardware cpu-", "plan plan-1: 1 deployment(s)")
          .doesNotContain("Exception in thread");
    }
  }

  private static boolean reported(JsonNode models, String sha) {
    if (models == null) {
      return false;
    }
    for (JsonNode m : models) {
      if (sha.equals(m.path("sha256").asText())
          && "v1".equals(m.path("versionId").asText())
          && Set.of("STORED", "LOADING", "LOADED").contains(m.path("state").asText())) {
        return true;
      }
    }
    return false;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
