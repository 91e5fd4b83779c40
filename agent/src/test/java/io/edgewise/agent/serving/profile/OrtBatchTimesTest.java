package io.edgewise.agent.serving.profile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.edgewise.registry.onnx.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Latency against batch size, measured with ONNX Runtime on real models. */
class OrtBatchTimesTest {

  private static final Logger LOG = Logger.getLogger(OrtBatchTimesTest.class.getName());

  @TempDir Path dir;

  @Test
  void aDynamicBatchModelGetsANonDecreasingCurveWhosePerItemTimeDoesNotRise() throws Exception {
    // two fully connected layers of 2048×1024 and 1024×10: batch 1 reads 8 MB of weights for one
    // row, so larger batches share that cost
    Path model = write("edge-heavy", TestModels.edgeHeavy(5));

    Map<Integer, Double> curve = OrtBatchTimes.measure(model, 8);
    LOG.info(() -> "edge-heavy model, ms by batch size on this machine: " + curve);

    assertThat(curve).containsOnlyKeys(1, 2, 4, 8);
    List<Integer> batches = new ArrayList<>(curve.keySet());
    assertThat(batches).containsExactly(1, 2, 4, 8);
    for (int i = 1; i < batches.size(); i++) {
      int b = batches.get(i);
      assertThat(curve.get(b))
          .as("ms(%d)", b)
          .isGreaterThanOrEqualTo(curve.get(batches.get(i - 1)));
      assertThat(curve.get(b) / b).as("ms(%d)/%d", b, b).isLessThanOrEqualTo(curve.get(1));
    }
    assertThat(curve.values()).allSatisfy(ms -> assertThat(ms).isPositive().isFinite());
  }

  @Test
  void aModelWithAFixedBatchDimensionReportsBatchOneOnly() throws Exception {
    Path model = write("fixed", fixedBatch(TestModels.cnn(6)));

    Map<Integer, Double> curve = OrtBatchTimes.measure(model, 8);

    assertThat(curve).containsOnlyKeys(1);
    assertThat(curve.get(1)).isPositive();
  }

  @Test
  void theLimitBoundsTheBatchesTried() throws Exception {
    Path model = write("cnn", TestModels.cnn(7));

    assertThat(OrtBatchTimes.measure(model, 5)).containsOnlyKeys(1, 2, 4);
    assertThat(OrtBatchTimes.measure(model, 1)).containsOnlyKeys(1);
  }

  @Test
  void noiseThatMakesALargerBatchLookFasterIsRaisedToTheSmallerBatch() {
    Map<Integer, Double> medians = new LinkedHashMap<>();
    medians.put(1, 2.0);
    medians.put(2, 1.9); // noise: raised to 2.0
    medians.put(4, 3.0);
    medians.put(8, 2.5); // raised to 3.0

    assertThat(OrtBatchTimes.nonDecreasing(medians))
        .containsExactly(
            Map.entry(1, 2.0), Map.entry(2, 2.0), Map.entry(4, 3.0), Map.entry(8, 3.0));
  }

  private Path write(String name, ModelProto model) throws Exception {
    Path file = dir.resolve(name + ".onnx");
    Files.write(file, model.toByteArray());
    return file;
  }

  /** The same model with its batch dimension fixed to 1 in its input and output. */
  static ModelProto fixedBatch(ModelProto model) {
    ModelProto.Builder builder = model.toBuilder();
    var graph = builder.getGraphBuilder();
    for (ValueInfoProto.Builder value : graph.getInputBuilderList()) {
      firstDimOne(value);
    }
    for (ValueInfoProto.Builder value : graph.getOutputBuilderList()) {
      firstDimOne(value);
    }
    return builder.build();
  }

  private static void firstDimOne(ValueInfoProto.Builder value) {
    TensorShapeProto.Builder shape =
        value.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder();
    shape.setDim(0, TensorShapeProto.Dimension.newBuilder().setDimValue(1));
  }
}
