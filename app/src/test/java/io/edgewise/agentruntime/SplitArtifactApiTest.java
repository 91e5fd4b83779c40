package io.edgewise.agentruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import io.edgewise.agentruntime.OnnxRunner.Floats;
import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Split artifacts: built once from the plan's cut, downloaded by agents and devices, and
 * tail(head(x)) == full(x) in ONNX Runtime.
 */
@QuarkusTest
class SplitArtifactApiTest {

  private static final double TOLERANCE = 1e-5;

  @Inject ProfilingRunner profiler;

  @Test
  void twoConcurrentFirstRequestsBuildOneSplitWhoseHalvesComputeTheWholeModel() throws Exception {
    CpuSiteWorld w = CpuSiteWorld.create("split-run", profiler);
    String deployment = w.deploy("cnn", "AUTO");
    w.plan();
    assertThat(splitRows(w)).isZero();

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<JsonPath>> both =
        List.of(0, 1).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return readSplit(w, deployment).statusCode(200).extract().jsonPath();
                        }))
            .toList();
    start.countDown();
    JsonPath split = both.get(0).get();
    assertThat(both.get(1).get().getString("head.sha256"))
        .isEqualTo(split.getString("head.sha256"));
    assertThat(splitRows(w)).as("built once").isEqualTo(1);
    assertThat(split.getString("cut")).isEqualTo("3");
    assertThat(split.getInt("deviceLayers")).isEqualTo(3);
    assertThat(split.getString("versionId")).isEqualTo(w.version());
    assertThat(split.getList("outputs.name")).containsExactly("p1");
    assertThat(split.getString("head.url"))
        .isEqualTo("/api/v1/deployments/" + deployment + "/split/head");

    byte[] head =
        download(
            w.tenant().viewer().get(split.getString("head.url")).then().statusCode(200).extract(),
            split.getString("head.sha256"));
    JsonPath assignment = servingAssignment(w);
    byte[] tail =
        download(
            agentGet(w, assignment.getString("split.tail.url")),
            assignment.getString("split.tail.sha256"));
    byte[] whole =
        download(
            agentGet(w, assignment.getString("whole.url")), assignment.getString("whole.sha256"));
    assertThat(tail).hasSize(assignment.getInt("split.tail.sizeBytes"));

    Random random = new Random(7);
    float[] x = new float[2 * 3 * 32 * 32];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextFloat() * 2 - 1;
    }
    Floats input = new Floats(x, new long[] {2, 3, 32, 32});
    Floats full = OnnxRunner.run(whole, input);
    Floats p1 = OnnxRunner.run(head, input);
    assertThat(p1.shape()).containsExactly(2, 8, 16, 16);
    Floats split2 = OnnxRunner.run(tail, p1);
    assertThat(split2.shape()).containsExactly(full.shape());
    for (int i = 0; i < full.data().length; i++) {
      assertThat((double) split2.data()[i]).isCloseTo(full.data()[i], within(TOLERANCE));
    }
  }

  @Test
  void artifactsAreServedOnlyToTheirTenantsNodes() {
    CpuSiteWorld a = CpuSiteWorld.create("split-a", profiler);
    a.deploy("cnn", "AUTO");
    a.plan();
    JsonPath assignment = servingAssignment(a);
    String sha = assignment.getString("whole.sha256");
    agentGet(a, "/api/v1/agent/artifacts/" + sha);
    a.tenant()
        .admin()
        .get("/api/v1/agent/artifacts/" + sha)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    a.agent(0)
        .get("/api/v1/agent/artifacts/" + "0".repeat(64))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    a.agent(0).get("/api/v1/agent/artifacts/not-a-digest").then().statusCode(404);

    CpuSiteWorld.ForeignAgent b = CpuSiteWorld.ForeignAgent.create("split-b");
    b.call()
        .get("/api/v1/agent/artifacts/" + sha)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    b.call()
        .get("/api/v1/agent/artifacts/" + assignment.getString("split.tail.sha256"))
        .then()
        .statusCode(404);
  }

  @Test
  void aDeploymentWithoutAnExecutableSplitAnswers404WithTheReason() {
    CpuSiteWorld w = CpuSiteWorld.create("split-none", profiler);
    String deployment = w.deploy("edge-only", "EDGE_ONLY");
    readSplit(w, deployment).statusCode(404).body("detail", containsString("no plan"));
    w.plan();
    readSplit(w, deployment)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("whole model"));
    w.tenant()
        .viewer()
        .get("/api/v1/deployments/" + deployment + "/split/head")
        .then()
        .statusCode(404);
    w.agent(0).get("/api/v1/deployments/" + deployment + "/split").then().statusCode(403);
    TestTenant.create("split-other")
        .admin()
        .get("/api/v1/deployments/" + deployment + "/split")
        .then()
        .statusCode(404)
        .body("detail", containsString("does not exist"));
  }

  @Test
  void deletingTheVersionDeletesItsSplitArtifactsAndTheirFiles() {
    CpuSiteWorld w = CpuSiteWorld.create("split-delete", profiler);
    String deployment = w.deploy("cnn", "AUTO");
    w.plan();
    JsonPath split = readSplit(w, deployment).statusCode(200).extract().jsonPath();
    Path head = artifacts(w).resolve(split.getString("head.sha256"));
    assertThat(head).exists();
    w.tenant().operator().delete("/api/v1/deployments/" + deployment).then().statusCode(204);
    w.tenant()
        .operator()
        .delete("/api/v1/models/" + w.model() + "/versions/" + w.version())
        .then()
        .statusCode(204);
    assertThat(splitRows(w)).isZero();
    assertThat(head).doesNotExist();
  }

  /** The viewer's read of the deployment's split artifact. */
  private static ValidatableResponse readSplit(CpuSiteWorld w, String deployment) {
    return w.tenant().viewer().get("/api/v1/deployments/" + deployment + "/split").then();
  }

  private static JsonPath servingAssignment(CpuSiteWorld w) {
    for (int n = 0; n < 2; n++) {
      JsonPath answer =
          w.agent(n).get("/api/v1/agent/assignments").then().statusCode(200).extract().jsonPath();
      if (!answer.getList("assignments").isEmpty()) {
        return new JsonPath(answer.prettify()).setRootPath("assignments[0]");
      }
    }
    throw new AssertionError("neither node serves the deployment");
  }

  private static ExtractableResponse<Response> agentGet(CpuSiteWorld w, String url) {
    return w.agent(0)
        .get(url)
        .then()
        .statusCode(200)
        .contentType("application/octet-stream")
        .extract();
  }

  private static byte[] download(ExtractableResponse<Response> response, String sha256) {
    byte[] bytes = response.asByteArray();
    assertThat(sha256(bytes)).isEqualTo(sha256);
    assertThat(response.header("ETag")).isEqualTo("\"" + sha256 + "\"");
    assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(bytes.length));
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long splitRows(CpuSiteWorld w) {
    return Sql.count(
        "SELECT count(*) FROM split_artifacts WHERE model_version_id = ?",
        UUID.fromString(w.version()));
  }

  private static Path artifacts(CpuSiteWorld w) {
    return Path.of(ConfigProvider.getConfig().getValue("edgewise.data-dir", String.class))
        .resolve("artifacts")
        .resolve(w.tenant().id().toString());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
