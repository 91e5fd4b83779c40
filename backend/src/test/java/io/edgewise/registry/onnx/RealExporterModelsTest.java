package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analysis of real Paddle2ONNX exports with dynamic {@code [N, 3, H, W]} inputs: once a serving
 * shape is declared every node has FLOPs and output bytes, and every inferred shape is the one ONNX
 * Runtime actually computes (the oracle).
 */
class RealExporterModelsTest {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(RealExporterModelsTest.class.getName());

  @ParameterizedTest
  @CsvSource({
    PaddleOcrModels.DETECTION + ", 640, 640",
    PaddleOcrModels.DETECTION + ", 320, 480",
    PaddleOcrModels.CLASSIFIER + ", 48, 192"
  })
  void everyNodeHasFlopsAndOutputBytesOnceTheShapeIsDeclared(String file, long h, long w) {
    OnnxGraph graph = declared(file, h, w);

    List<String> unknown =
        graph.computeNodes().stream()
            .filter(n -> n.flops().isEmpty() || n.outputBytes().isEmpty())
            .map(n -> n.name() + " (" + n.opType() + ")")
            .toList();
    assertThat(unknown).isEmpty();
    assertThat(graph.unresolvedNodes()).isEmpty();
    assertThat(graph.tensor("x").bytes()).hasValue(3 * h * w * 4);
    assertThat(graph.totalFlops()).isPresent();
    assertThat(graph.totalFlops().getAsLong()).isGreaterThan(10 * h * w);
  }

  @Test
  void detectionWorkGrowsWithThePixels() {
    long small = declared(PaddleOcrModels.DETECTION, 320, 320).totalFlops().getAsLong();
    long large = declared(PaddleOcrModels.DETECTION, 640, 640).totalFlops().getAsLong();
    long classifier = declared(PaddleOcrModels.CLASSIFIER, 48, 192).totalFlops().getAsLong();
    LOG.info(
        String.format(
            java.util.Locale.ROOT,
            "PP-OCRv4 det: %.3f GFLOP at 1x3x320x320, %.3f at 1x3x640x640; mobile v2.0 cls: %.4f"
                + " GFLOP at 1x3x48x192",
            small / 1e9,
            large / 1e9,
            classifier / 1e9));
    // every layer is convolutional or element-wise over the image: four times the pixels, about
    // four times the work (the classifier-free DB head has no fixed-size part)
    assertThat((double) large / small).isBetween(3.9, 4.1);
  }

  @ParameterizedTest
  @CsvSource({PaddleOcrModels.DETECTION + ", 320, 480", PaddleOcrModels.CLASSIFIER + ", 48, 192"})
  void inferredShapesAreTheOnesOnnxRuntimeComputes(String file, long h, long w) {
    OnnxGraph graph = declared(file, h, w);
    ModelProto everything = withEveryFloatTensorAsOutput(graph);

    Map<String, FloatTensor> actual =
        OnnxRuntimeRunner.run(
            everything, Map.of("x", FloatTensor.random(new Random(7), 1, 3, h, w)));

    Map<String, String> inferred = new LinkedHashMap<>();
    Map<String, String> measured = new LinkedHashMap<>();
    actual.forEach(
        (name, tensor) -> {
          inferred.put(name, graph.tensor(name).shape().toString());
          measured.put(name, java.util.Arrays.toString(tensor.shape()));
        });
    assertThat(actual).hasSizeGreaterThan(100);
    assertThat(inferred).isEqualTo(measured);
  }

  @Test
  void undeclaredDynamicInputsAreNamedWithWhatToDeclare() throws Exception {
    OnnxSummary summary =
        OnnxInspector.inspect(
            new java.io.ByteArrayInputStream(PaddleOcrModels.bytes(PaddleOcrModels.DETECTION)));

    List<TensorSpec> undeclared = InputShapes.undeclared(summary.inputs(), null);

    assertThat(undeclared).extracting(TensorSpec::name).containsExactly("x");
    assertThat(InputShapes.advice(undeclared))
        .isEqualTo(
            "declare the serving shape of input 'x': [p2o.DynamicDimension.0?, 3,"
                + " p2o.DynamicDimension.1?, p2o.DynamicDimension.2?], e.g. [1,3,640,640]");
    assertThat(InputShapes.undeclared(summary.inputs(), Map.of("x", List.of(1L, 3L, 64L, 64L))))
        .isEmpty();
    assertThat(InputShapes.bytes(summary.inputs(), Map.of("x", List.of(1L, 3L, 640L, 480L))))
        .isEqualTo(3L * 640 * 480 * 4);
  }

  @Test
  void aLoneSymbolicBatchIsAnalysedPerSampleWithoutADeclaration() {
    TensorSpec batched = new TensorSpec("x", "FLOAT", List.of("N", "3", "224", "224"));
    TensorSpec sized = new TensorSpec("x", "FLOAT", List.of("N", "3", "H", "W"));
    TensorSpec unnamed = new TensorSpec("x", "FLOAT", List.of("1", "?"));

    assertThat(InputShapes.undeclared(List.of(batched), null)).isEmpty();
    assertThat(InputShapes.undeclared(List.of(sized), null)).containsExactly(sized);
    assertThat(InputShapes.undeclared(List.of(unnamed), null)).containsExactly(unnamed);
    assertThat(InputShapes.bytes(List.of(batched), null)).isEqualTo(3L * 224 * 224 * 4);
  }

  private static OnnxGraph declared(String file, long h, long w) {
    return OnnxGraph.of(
        InputShapes.bind(PaddleOcrModels.model(file), Map.of("x", List.of(1L, 3L, h, w))));
  }

  /** The model with every float node output also a graph output, so ONNX Runtime returns it. */
  private static ModelProto withEveryFloatTensorAsOutput(OnnxGraph graph) {
    ModelProto.Builder model = graph.model().toBuilder();
    List<String> declared = new ArrayList<>();
    model.getGraph().getOutputList().forEach(o -> declared.add(o.getName()));
    for (TensorInfo t : graph.tensors().values()) {
      if (t.origin() == TensorOrigin.NODE_OUTPUT
          && t.elemType() == ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE
          && !declared.contains(t.name())) {
        // type only, no shape: what ONNX Runtime returns is then its own
        model
            .getGraphBuilder()
            .addOutput(
                ValueInfoProto.newBuilder()
                    .setName(t.name())
                    .setType(
                        TypeProto.newBuilder()
                            .setTensorType(
                                TypeProto.Tensor.newBuilder().setElemType(t.elemType()))));
      }
    }
    return model.build();
  }
}
