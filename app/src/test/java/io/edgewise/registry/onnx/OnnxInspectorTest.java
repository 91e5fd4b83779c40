package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.edgewise.base.api.DomainProblems;
import io.edgewise.base.error.Unprocessable;
import io.edgewise.registry.OnnxTestModels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming ONNX reader against models built with the generated classes. A plain unit test,
 * kept next to {@link OnnxTestModels} (which lives in this module so the REST tests can share it).
 */
class OnnxInspectorTest {

  static OnnxSummary inspect(byte[] bytes) throws IOException {
    return OnnxInspector.inspect(new ByteArrayInputStream(bytes));
  }

  static String refusal(byte[] bytes) {
    Throwable thrown = catchThrowable(() -> inspect(bytes));
    assertThat(thrown).isInstanceOf(Unprocessable.class);
    assertThat(DomainProblems.of((Unprocessable) thrown).status()).isEqualTo(422);
    return thrown.getMessage();
  }

  @Test
  void readsWhatAValidModelDeclares() throws IOException {
    OnnxSummary summary = inspect(OnnxTestModels.mlp().toByteArray());

    assertThat(summary.irVersion()).isEqualTo(OnnxTestModels.IR_VERSION);
    assertThat(summary.opsetVersion())
        .as("the default domain's opset, not ai.onnx.ml's")
        .isEqualTo(OnnxTestModels.OPSET);
    assertThat(summary.producer()).isEqualTo(OnnxTestModels.PRODUCER);
    assertThat(summary.nodeCount()).isEqualTo(3);
    assertThat(summary.inputs())
        .containsExactly(new TensorSpec("x", "FLOAT", List.of("batch", "4")));
    assertThat(summary.outputs())
        .containsExactly(new TensorSpec("y", "FLOAT", List.of("batch", "3")));
  }

  @Test
  void leavesOutGraphInputsThatAreInitializers() throws IOException {
    OnnxSummary summary = inspect(OnnxTestModels.mlpWithInitializersAsInputs().toByteArray());

    assertThat(summary.irVersion()).isEqualTo(3);
    assertThat(summary.inputs()).extracting(TensorSpec::name).containsExactly("x");
  }

  @Test
  void skipsWeightsItDoesNotNeed() throws IOException {
    OnnxSummary summary = inspect(OnnxTestModels.mlpWithPaddingWeights(8 << 20).toByteArray());

    assertThat(summary.nodeCount()).isEqualTo(3);
    assertThat(summary.inputs()).extracting(TensorSpec::name).containsExactly("x");
  }

  @Test
  void refusesModelsThatLackWhatADeploymentNeeds() {
    assertThat(refusal(OnnxTestModels.withoutNodes().toByteArray()))
        .endsWith("its graph has no nodes");
    assertThat(refusal(OnnxTestModels.withoutGraph().toByteArray())).endsWith("it has no graph");
    assertThat(refusal(OnnxTestModels.withoutIrVersion().toByteArray()))
        .endsWith("it has no ir_version");
    assertThat(refusal(OnnxTestModels.withoutOutputs().toByteArray()))
        .endsWith("its graph declares no outputs");
    assertThat(refusal(OnnxTestModels.withExternalWeights().toByteArray()))
        .contains("initializer 'B' keeps its data in an external file");
    assertThat(refusal(new byte[0])).endsWith("the artifact is empty");
  }

  @Test
  void refusesTextAndRandomBytesAsNotProtobuf() {
    byte[] text = "name,accuracy\nresnet,0.76\n".getBytes(StandardCharsets.UTF_8);
    assertThat(refusal(text)).contains("not a well-formed protobuf ModelProto");

    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] noise = new byte[1 + random.nextInt(4096)];
      random.nextBytes(noise);
      assertThat(refusal(noise)).startsWith("the artifact is not a valid ONNX model: ");
    }
  }

  @Test
  void refusesAModelCutInTheMiddleOfItsGraph() {
    byte[] whole = OnnxTestModels.mlp().toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    assertThat(refusal(cut)).contains("not a well-formed protobuf ModelProto");
  }

  /**
   * Every prefix and many corrupted copies either read as a model or get a 422; nothing else
   * escapes.
   */
  @Test
  void neverFailsWithAnythingButARefusalOnDamagedFiles() {
    byte[] whole = OnnxTestModels.mlp().toByteArray();
    for (int length = 0; length < whole.length; length++) {
      assertReadsOrRefuses(Arrays.copyOf(whole, length));
    }
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      byte[] damaged = whole.clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      assertReadsOrRefuses(damaged);
    }
  }

  private static void assertReadsOrRefuses(byte[] bytes) {
    Throwable thrown = catchThrowable(() -> inspect(bytes));
    if (thrown != null) {
      assertThat(thrown)
          .isInstanceOf(Unprocessable.class)
          .hasMessageStartingWith("the artifact is not a valid ONNX model: ");
    }
  }
}
