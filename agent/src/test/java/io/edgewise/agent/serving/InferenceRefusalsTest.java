package io.edgewise.agent.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.serving.tensor.DType;
import io.edgewise.agent.serving.tensor.Npy;
import io.edgewise.agent.serving.tensor.Tensor;
import io.edgewise.registry.onnx.TestModels;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bad request gets its problem+json 4xx (or 503 while loading) with a clear message, and
 * serving goes on.
 */
class InferenceRefusalsTest {

  private static ServingFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ServingFixture(ServingSettings.defaults());
    Path cnn = fixture.write("cnn", TestModels.cnn(5));
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of(
                "d1", ServingFixture.route("d1", "v1", "cnn", null, null, 1),
                "pending",
                    ServingFixture.route("pending", "v2", "not-downloaded-yet", null, null, 1)),
            Map.of("cnn", cnn)));
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  @Test
  void wrongShapeNamesTheTensorAndTheExpectedShape() throws Exception {
    JsonNode problem =
        problem(
            fixture.post(
                "/v1/infer/d1",
                "application/json",
                InferenceHttpTest.jsonBody("x", new float[3 * 31 * 32], 1, 3, 31, 32)),
            400,
            "bad-input");
    assertThat(problem.get("detail").asText()).contains("'x'", "[1, 3, 31, 32]", "[-1, 3, 32, 32]");
    stillServes();
  }

  @Test
  void wrongDtypeUnknownNameAndCountMismatchAreRefused() throws Exception {
    Tensor ints =
        new Tensor("x", DType.INT64, new long[] {1, 3, 32, 32}, new byte[3 * 32 * 32 * 8]);
    assertThat(
            problem(fixture.post("/v1/infer/d1", Npy.MEDIA_TYPE, Npy.write(ints)), 400, "bad-input")
                .get("detail")
                .asText())
        .contains("'x' is INT64", "FLOAT32 [-1, 3, 32, 32]");
    assertThat(
            problem(
                    fixture.post(
                        "/v1/infer/d1",
                        "application/json",
                        InferenceHttpTest.jsonBody("image", new float[3 * 32 * 32], 1, 3, 32, 32)),
                    400,
                    "bad-input")
                .get("detail")
                .asText())
        .contains("no input 'image'", "x: FLOAT32 [-1, 3, 32, 32]");
    assertThat(
            problem(
                    fixture.post(
                        "/v1/infer/d1",
                        "application/json",
                        InferenceHttpTest.jsonBody("x", new float[5], 1, 3, 32, 32)),
                    400,
                    "bad-input")
                .get("detail")
                .asText())
        .contains("3072 elements", "5 data values");
    stillServes();
  }

  @Test
  void unreadableBodiesAreRefused() throws Exception {
    problem(
        fixture.post(
            "/v1/infer/d1", "application/json", "{\"inputs\": [".getBytes(StandardCharsets.UTF_8)),
        400,
        "bad-input");
    problem(
        fixture.post("/v1/infer/d1", Npy.MEDIA_TYPE, "NUMPY?".getBytes(StandardCharsets.UTF_8)),
        400,
        "bad-input");
    byte[] fortran =
        Npy.write(
            new Tensor("x", DType.FLOAT32, new long[] {1, 3, 32, 32}, new byte[3 * 32 * 32 * 4]));
    String header =
        new String(fortran, StandardCharsets.ISO_8859_1)
            .replace("'fortran_order': False", "'fortran_order': True ");
    assertThat(
            problem(
                    fixture.post(
                        "/v1/infer/d1",
                        Npy.MEDIA_TYPE,
                        header.getBytes(StandardCharsets.ISO_8859_1)),
                    400,
                    "bad-input")
                .get("detail")
                .asText())
        .contains("Fortran");
    assertThat(
            problem(
                    fixture.post("/v1/infer/d1", "application/octet-stream", new byte[12]),
                    400,
                    "bad-input")
                .get("detail")
                .asText())
        .contains("X-Edgewise-Shape");
    assertThat(
            problem(
                    fixture.post(
                        "/v1/infer/d1",
                        "application/octet-stream",
                        new byte[12],
                        "X-Edgewise-Shape",
                        "1,3,32,32"),
                    400,
                    "bad-input")
                .get("detail")
                .asText())
        .contains("12288 bytes");
    stillServes();
  }

  @Test
  void unknownDeploymentCutAndMediaTypeAreRefused() throws Exception {
    byte[] body = InferenceHttpTest.jsonBody("x", new float[3 * 32 * 32], 1, 3, 32, 32);
    problem(fixture.post("/v1/infer/nope", "application/json", body), 404, "not-found");
    assertThat(
            problem(
                    fixture.post("/v1/infer/d1/from/3", "application/json", body),
                    404,
                    "unknown-cut")
                .get("detail")
                .asText())
        .contains("whole model only");
    problem(fixture.post("/v1/infer/d1", "text/plain", body), 415, "unsupported-media-type");
    problem(fixture.post("/v1/infer/d1", null, body), 415, "unsupported-media-type");
    stillServes();
  }

  @Test
  void bodiesBeyondTheLimitsAreRefused() throws Exception {
    problem(
        fixture.post("/v1/infer/d1", "application/json", new byte[8 * 1024 * 1024 + 1]),
        413,
        "too-large");
    problem(
        fixture.post(
            "/v1/infer/d1",
            "application/octet-stream",
            new byte[64 * 1024 * 1024 + 1],
            "X-Edgewise-Shape",
            "1"),
        413,
        "too-large");
    stillServes();
  }

  @Test
  void aModelStillDownloadingAnswers503WithRetryAfterAndCountsAMiss() throws Exception {
    HttpResponse<byte[]> response =
        fixture.post(
            "/v1/infer/pending",
            "application/json",
            InferenceHttpTest.jsonBody("x", new float[3 * 32 * 32], 1, 3, 32, 32));
    problem(response, 503, "loading");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(fixture.events.missed).contains("pending");
  }

  private static void stillServes() throws Exception {
    InferenceHttpTest.ok(
        fixture.post(
            "/v1/infer/d1",
            "application/json",
            InferenceHttpTest.jsonBody("x", new float[3 * 32 * 32], 1, 3, 32, 32)));
  }

  private static JsonNode problem(HttpResponse<byte[]> response, int status, String slug)
      throws Exception {
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = InferenceHttpTest.JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).endsWith("/" + slug);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }
}
