package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tail(head(x)) == full(x)} within 1e-5 at every cut point, run in DJL's ONNX Runtime
 * engine.
 */
class SplitEquivalenceTest {

  private static final double TOLERANCE = 1e-5;
  private static final int BATCH = 4;

  @TestFactory
  Stream<DynamicTest> cnnChainSplitsAgreeWithTheFullModelAtEveryCut() {
    return everyCut(TestModels.cnn(11), Map.of("x", new long[] {BATCH, 3, 32, 32}), 7);
  }

  @TestFactory
  Stream<DynamicTest> residualDagSplitsAgreeWithTheFullModelAtEveryCut() {
    return everyCut(TestModels.residual(12), Map.of("x", new long[] {BATCH, 4, 8, 8}), 15);
  }

  @TestFactory
  Stream<DynamicTest> recurrentSplitsAgreeWithTheFullModelAtEveryCut() {
    return everyCut(TestModels.recurrent(13), Map.of("x", new long[] {8, BATCH, 4}), 6);
  }

  @TestFactory
  Stream<DynamicTest> skipFromTheGraphInputAndAnEarlyGraphOutputSurviveEveryCut() {
    return everyCut(SmallModels.inputSkipWithEarlyOutput(), Map.of("x", new long[] {BATCH, 6}), 2);
  }

  @TestFactory
  Stream<DynamicTest> ifBranchesReadingATensorFromTheHeadSideAgreeWithTheFullModel() {
    return Stream.of(true, false)
        .flatMap(
            condition ->
                everyCut(
                    SmallModels.ifReadingAnOuterTensor(condition),
                    Map.of("x", new long[] {BATCH, 2}),
                    1));
  }

  @Test
  void residualCutsCrossTwoTensorsInsideTheResidualAndConcatBlocks() {
    OnnxGraph graph = OnnxGraph.of(TestModels.residual(12));
    assertThat(
            graph.cutPoints().stream()
                .filter(c -> c.crossing().size() >= 2)
                .map(CutPoint::lastHeadNode))
        .contains(
            "block_conv1", "block_relu1", "block_conv2", "branch1", "branch2", "branch2_relu");
  }

  @Test
  void aDagPartitionThatIsNoPrefixOfTheOrderAgreesWithTheFullModel() {
    ModelProto model = TestModels.residual(14);
    Set<String> device =
        Set.of(
            "stem",
            "stem_relu",
            "block_conv1",
            "block_relu1",
            "block_conv2",
            "block_add",
            "block_relu2",
            "branch2",
            "branch2_relu");
    SplitModel split = OnnxSplitter.split(model, device);
    assertThat(split.tailInputs()).containsExactly("h", "v_r");
    assertAgrees(model, split, inputs(model, Map.of("x", new long[] {BATCH, 4, 8, 8}), 15));
  }

  private static Stream<DynamicTest> everyCut(
      ModelProto model, Map<String, long[]> shapes, int expectedCuts) {
    OnnxGraph graph = OnnxGraph.of(model);
    List<CutPoint> cuts = graph.cutPoints();
    assertThat(cuts).hasSize(expectedCuts);
    Map<String, FloatTensor> x = inputs(model, shapes, model.getGraph().getName().hashCode());
    Map<String, FloatTensor> full = OnnxRuntimeRunner.run(model, x);
    return cuts.stream()
        .map(
            cut ->
                DynamicTest.dynamicTest(
                    model.getGraph().getName()
                        + " after "
                        + cut.lastHeadNode()
                        + " crossing "
                        + cut.crossing(),
                    () -> assertAgrees(full, OnnxSplitter.splitAt(graph, cut.position()), x)));
  }

  private static void assertAgrees(ModelProto model, SplitModel split, Map<String, FloatTensor> x) {
    assertAgrees(OnnxRuntimeRunner.run(model, x), split, x);
  }

  private static void assertAgrees(
      Map<String, FloatTensor> full, SplitModel split, Map<String, FloatTensor> x) {
    Map<String, FloatTensor> head = OnnxRuntimeRunner.run(split.head(), fed(split.head(), x));
    Map<String, FloatTensor> available = new HashMap<>(x);
    available.putAll(head);
    Map<String, FloatTensor> tailFeed = new HashMap<>();
    split.tailInputs().forEach(name -> tailFeed.put(name, available.get(name)));
    Map<String, FloatTensor> results = new HashMap<>(head);
    results.putAll(OnnxRuntimeRunner.run(split.tail(), tailFeed));
    full.forEach(
        (name, expected) ->
            assertThat(results.get(name).maxDifference(expected))
                .as(name)
                .isLessThanOrEqualTo(TOLERANCE));
  }

  /** The caller's inputs that a model declares (graph inputs naming no initializer). */
  private static Map<String, FloatTensor> fed(ModelProto model, Map<String, FloatTensor> x) {
    Set<String> stored =
        model.getGraph().getInitializerList().stream()
            .map(TensorProto::getName)
            .collect(Collectors.toSet());
    Map<String, FloatTensor> feed = new HashMap<>();
    model.getGraph().getInputList().stream()
        .map(ValueInfoProto::getName)
        .filter(n -> !stored.contains(n))
        .forEach(n -> feed.put(n, x.get(n)));
    return feed;
  }

  private static Map<String, FloatTensor> inputs(
      ModelProto model, Map<String, long[]> shapes, long seed) {
    Random random = new Random(seed);
    Map<String, FloatTensor> x = new HashMap<>();
    shapes.forEach((name, shape) -> x.put(name, FloatTensor.random(random, shape)));
    return x;
  }
}
