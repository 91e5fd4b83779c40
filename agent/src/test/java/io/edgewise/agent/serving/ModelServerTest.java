package io.edgewise.agent.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.serving.tensor.DType;
import io.edgewise.agent.serving.tensor.Tensor;
import io.edgewise.registry.onnx.TestModels;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading, serving and unloading real ONNX models as the plan says. */
class ModelServerTest {

  private ServingFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = new ServingFixture(new ServingSettings(8, Duration.ofMillis(2), 128, true));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void loadsTheRoutedModelAndAnswersAsDjlDoesDirectly() throws Exception {
    Path cnn = fixture.write("cnn", TestModels.cnn(3));
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 1)),
            Map.of("cnn", cnn)));

    ServedModel model = fixture.server.held("cnn").orElseThrow();
    assertThat(model.state()).isEqualTo(ServedModel.State.LOADED);
    assertThat(fixture.server.models())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.versionId()).isEqualTo("v1");
              assertThat(m.loadMs()).isPositive();
              assertThat(m.error()).isNull();
            });
    assertThat(fixture.events.loaded)
        .singleElement()
        .satisfies(e -> assertThat(e.error()).isNull());
    assertThat(model.signature().inputs().get(0).shape()).containsExactly(-1, 3, 32, 32);

    float[] x = DjlReference.random(7, 2 * 3 * 32 * 32);
    List<Tensor> outputs =
        model.submit(List.of(floats("x", x, 2, 3, 32, 32))).get(30, TimeUnit.SECONDS);
    float[] expected =
        DjlReference.run(cnn, Map.of("x", x), Map.of("x", new long[] {2, 3, 32, 32})).get(0);
    assertThat(outputs.get(0).shape()).containsExactly(2, 10);
    assertThat(DjlReference.maxDifference(values(outputs.get(0)), expected))
        .isLessThanOrEqualTo(1e-6);
  }

  @Test
  void unloadsWhatThePlanNoLongerNames() throws Exception {
    Path cnn = fixture.write("cnn", TestModels.cnn(3));
    Path residual = fixture.write("res", TestModels.residual(4));
    fixture.applyAndWait(
        new ServingPlan(
            Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 1)),
            Set.of("res"),
            Map.of("cnn", cnn, "res", residual)));
    assertThat(fixture.server.models())
        .extracting(ModelServer.HeldModel::sha256)
        .containsExactlyInAnyOrder("cnn", "res");
    ServedModel before = fixture.server.held("cnn").orElseThrow();

    fixture.applyAndWait(new ServingPlan(Map.of(), Set.of("res"), Map.of("res", residual)));

    assertThat(fixture.server.models())
        .extracting(ModelServer.HeldModel::sha256)
        .containsExactly("res");
    assertThat(before.submit(List.of(floats("x", new float[3 * 32 * 32], 1, 3, 32, 32))))
        .failsWithin(5, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .withMessageContaining("unloaded");
  }

  @Test
  void aModelThatCannotLoadIsFailedWithItsReasonAndOthersStillLoad() throws Exception {
    Path broken = fixture.write("broken", "not an onnx model".getBytes());
    Path cnn = fixture.write("cnn", TestModels.cnn(3));
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of(
                "bad", ServingFixture.route("bad", "v0", "broken", null, null, 1),
                "good", ServingFixture.route("good", "v1", "cnn", null, null, 1)),
            Map.of("broken", broken, "cnn", cnn)));

    assertThat(fixture.server.models())
        .filteredOn(m -> m.sha256().equals("broken"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.state()).isEqualTo("FAILED");
              assertThat(m.error()).isNotBlank();
            });
    assertThat(fixture.server.held("cnn").orElseThrow().state())
        .isEqualTo(ServedModel.State.LOADED);
    // the event follows the state change on the loader thread: wait for it rather than race it
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (fixture.events.loaded.stream().noneMatch(e -> e.error() != null)
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(fixture.events.loaded).anySatisfy(e -> assertThat(e.error()).isNotBlank());
  }

  @Test
  void profilesEveryComputeNodeOfAWholeModelOncePerVersion() throws Exception {
    Path cnn = fixture.write("cnn", TestModels.cnn(3));
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 1)),
            Map.of("cnn", cnn)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!fixture.events.profiled.containsKey("v1") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(fixture.events.profiled.get("v1"))
        .containsOnlyKeys("conv1", "relu1", "pool1", "conv2", "relu2", "gap", "flatten", "fc")
        .allSatisfy((node, ms) -> assertThat(ms).as(node).isGreaterThan(0.0).isLessThan(1000.0));
  }

  @Test
  void measuresTheBatchCurveOfAWholeModelAfterItsNodeTimes() throws Exception {
    Path cnn = fixture.write("cnn", TestModels.cnn(4));
    fixture.applyAndWait(
        ServingFixture.plan(
            Map.of("d2", ServingFixture.route("d2", "v2", "cnn", null, null, 1)),
            Map.of("cnn", cnn)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!fixture.events.batchProfiled.containsKey("v2") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    // the default limit: 1, 2, 4, 8 and 16
    assertThat(fixture.events.batchProfiled.get("v2")).containsOnlyKeys(1, 2, 4, 8, 16);
    assertThat(fixture.events.profiled).containsKey("v2");
  }

  static Tensor floats(String name, float[] values, long... shape) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      bytes.putFloat(v);
    }
    return new Tensor(name, DType.FLOAT32, shape, bytes.array());
  }

  static float[] values(Tensor tensor) {
    var buffer = ByteBuffer.wrap(tensor.data()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    float[] values = new float[buffer.remaining()];
    buffer.get(values);
    return values;
  }
}
