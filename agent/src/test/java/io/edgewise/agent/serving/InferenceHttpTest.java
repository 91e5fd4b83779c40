package io.edgewise.agent.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.edgewise.agent.serving.tensor.Npy;
import io.edgewise.agent.serving.tensor.Tensor;
import io.edgewise.registry.onnx.OnnxSplitter;
import io.edgewise.registry.onnx.SplitModel;
import io.edgewise.registry.onnx.TestModels;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/infer/…} over real HTTP: the three body formats, split execution, and every
 * refusal.
 */
class InferenceHttpTest {

  static final ObjectMapper JSON = new ObjectMapper();
  private static ServingFixture fixture;
  private static Path whole;
  private static Path head;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ServingFixture(ServingSettings.defaults());
    whole = fixture.write("cnn", TestModels.cnn(5));
    SplitModel split = OnnxSplitter.splitAt(TestModels.cnn(5), 3);
    head = fixture.write("head", split.head());
    Path tail = fixture.write("tail", split.tail());
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of("d1", ServingFixture.route("d1", "v1", "cnn", "3", "tail", 1)),
            Map.of("cnn", whole, "tail", tail)));
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  @Test
  void jsonNpyAndRawBodiesGiveTheSameAnswerAsDjlDirectly() throws Exception {
    float[] x = DjlReference.random(11, 3 * 32 * 32);
    float[] expected =
        DjlReference.run(whole, Map.of("x", x), Map.of("x", new long[] {1, 3, 32, 32})).get(0);
    Tensor tensor = ModelServerTest.floats(null, x, 1, 3, 32, 32);

    JsonNode json =
        ok(fixture.post("/v1/infer/d1", "application/json", jsonBody(null, x, 1, 3, 32, 32)));
    JsonNode npy = ok(fixture.post("/v1/infer/d1", Npy.MEDIA_TYPE, Npy.write(tensor)));
    JsonNode raw =
        ok(
            fixture.post(
                "/v1/infer/d1",
                "application/octet-stream",
                tensor.data(),
                "X-Edgewise-Shape",
                "1,3,32,32"));

    for (JsonNode answer : List.of(json, npy, raw)) {
      assertThat(answer.get("deploymentId").asText()).isEqualTo("d1");
      assertThat(answer.get("cut").isNull()).isTrue();
      JsonNode y = answer.get("outputs").get(0);
      assertThat(y.get("name").asText()).isEqualTo("y");
      assertThat(JSON.convertValue(y.get("shape"), long[].class)).containsExactly(1, 10);
      assertThat(DjlReference.maxDifference(floats(y.get("data")), expected))
          .isLessThanOrEqualTo(1e-6);
      assertThat(answer.get("ms").asDouble()).isPositive();
    }
    HttpResponse<byte[]> asNpy =
        fixture.post(
            "/v1/infer/d1",
            "application/json",
            jsonBody("x", x, 1, 3, 32, 32),
            "Accept",
            Npy.MEDIA_TYPE);
    assertThat(asNpy.headers().firstValue("Content-Type")).hasValue(Npy.MEDIA_TYPE);
    Tensor y = Npy.read(asNpy.body(), "y");
    assertThat(y.shape()).containsExactly(1, 10);
    assertThat(DjlReference.maxDifference(ModelServerTest.values(y), expected))
        .isLessThanOrEqualTo(1e-6);
    assertThat(fixture.events.served)
        .filteredOn(s -> s.deploymentId().equals("d1"))
        .allSatisfy(s -> assertThat(s.warm()).isTrue());
  }

  @Test
  void theTailOverHttpFedTheHeadsOutputEqualsTheWholeModel() throws Exception {
    float[] x = DjlReference.random(12, 2 * 3 * 32 * 32);
    Map<String, long[]> shape = Map.of("x", new long[] {2, 3, 32, 32});
    float[] expected = DjlReference.run(whole, Map.of("x", x), shape).get(0);
    float[] p1 = DjlReference.run(head, Map.of("x", x), shape).get(0);

    JsonNode answer =
        ok(
            fixture.post(
                "/v1/infer/d1/from/3", "application/json", jsonBody("p1", p1, 2, 8, 16, 16)));

    assertThat(answer.get("cut").asText()).isEqualTo("3");
    assertThat(
            DjlReference.maxDifference(floats(answer.get("outputs").get(0).get("data")), expected))
        .isLessThanOrEqualTo(1e-5);
    assertThat(fixture.events.served).anySatisfy(s -> assertThat(s.cut()).isEqualTo("3"));
  }

  @Test
  void listsTheHeldModelsWithTheirDeploymentsAndRequests() throws Exception {
    ok(
        fixture.post(
            "/v1/infer/d1",
            "application/json",
            jsonBody("x", new float[3 * 32 * 32], 1, 3, 32, 32)));
    HttpResponse<String> models = fixture.get("/v1/models");
    assertThat(models.statusCode()).isEqualTo(200);
    JsonNode list = JSON.readTree(models.body());
    assertThat(list).hasSize(2);
    JsonNode cnn =
        list.findParents("sha256").stream()
            .filter(m -> m.get("sha256").asText().equals("cnn"))
            .findFirst()
            .orElseThrow();
    assertThat(cnn.get("state").asText()).isEqualTo("LOADED");
    assertThat(cnn.get("versionId").asText()).isEqualTo("v1");
    assertThat(cnn.get("requests").asLong()).isPositive();
    assertThat(cnn.get("deployments").get(0).asText()).isEqualTo("d1");
    assertThat(cnn.get("loadMs").asDouble()).isPositive();
  }

  static byte[] jsonBody(String name, float[] data, long... shape) throws Exception {
    var input = JSON.createObjectNode();
    if (name != null) {
      input.put("name", name);
    }
    shape(input.putArray("shape"), shape);
    input.put("dtype", "FLOAT32");
    var values = input.putArray("data");
    for (float v : data) {
      values.add(v);
    }
    var root = JSON.createObjectNode();
    root.putArray("inputs").add(input);
    return JSON.writeValueAsBytes(root);
  }

  private static void shape(ArrayNode array, long... shape) {
    for (long d : shape) {
      array.add(d);
    }
  }

  static JsonNode ok(HttpResponse<byte[]> response) throws Exception {
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static float[] floats(JsonNode data) {
    float[] values = new float[data.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) data.get(i).asDouble();
    }
    return values;
  }
}
