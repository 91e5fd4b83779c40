package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OnnxGraphTest {

  private final OnnxGraph cnn = OnnxGraph.of(TestModels.cnn(1));

  @Test
  void infersTheCnnShapesWithTheSymbolicBatchKept() {
    assertThat(shape("c1")).isEqualTo("[N, 8, 32, 32]");
    assertThat(shape("p1")).isEqualTo("[N, 8, 16, 16]");
    assertThat(shape("c2")).isEqualTo("[N, 16, 8, 8]"); // floor((16 + 1 + 1 - 3) / 2) + 1 = 8
    assertThat(shape("g")).isEqualTo("[N, 16, 1, 1]");
    assertThat(shape("f")).isEqualTo("[N, 16]");
    assertThat(shape("y")).isEqualTo("[N, 10]");
    assertThat(cnn.unresolvedNodes()).isEmpty();
    assertThat(cnn.unknownOperators()).isEmpty();
  }

  @Test
  void estimatesCnnFlopsPerSampleByOperatorType() {
    // conv1: 8·32·32 outputs × (2·3·3·3 + 1 bias) = 8192 × 55
    assertThat(flops("conv1")).isEqualTo(450_560);
    assertThat(flops("relu1")).isEqualTo(8_192); // one per output element
    assertThat(flops("pool1")).isEqualTo(8_192); // 8·16·16 outputs × 2·2 window
    // conv2: 16·8·8 outputs × (2·8·3·3 + 1) = 1024 × 145
    assertThat(flops("conv2")).isEqualTo(148_480);
    assertThat(flops("relu2")).isEqualTo(1_024);
    assertThat(flops("gap")).isEqualTo(1_024); // one per input element
    assertThat(flops("flatten")).isZero();
    assertThat(flops("fc")).isEqualTo(330); // 2·1·10·16 + 10 bias
    assertThat(cnn.totalFlops()).hasValue(617_802);
  }

  @Test
  void reportsOutputBytesPerSample() {
    assertThat(cnn.node("conv1").outputBytes()).hasValue(8 * 32 * 32 * 4);
    assertThat(cnn.node("pool1").outputBytes()).hasValue(8 * 16 * 16 * 4);
    assertThat(cnn.node("fc").outputBytes()).hasValue(10 * 4);
    assertThat(cnn.tensor("x").bytes()).hasValue(3 * 32 * 32 * 4);
  }

  @Test
  void listsTheChainEdgesAndOneCutBetweenEveryPairOfNodes() {
    assertThat(cnn.edges())
        .hasSize(7)
        .contains(new Edge("conv1", "relu1", "c1"), new Edge("flatten", "fc", "f"));
    assertThat(cnn.cutPoints())
        .extracting(CutPoint::lastHeadNode)
        .containsExactly("conv1", "relu1", "pool1", "conv2", "relu2", "gap", "flatten");
    assertThat(cnn.cutPoints())
        .extracting(CutPoint::bytes)
        .containsExactly(32_768L, 32_768L, 8_192L, 4_096L, 4_096L, 64L, 64L);
    assertThat(cnn.cutPoints().get(2).crossing()).containsExactly("p1");
  }

  @Test
  void treatsConstantNodesAsStoredAndNeverAsCrossingTensors() {
    OnnxGraph graph = OnnxGraph.of(TestModels.residual(1));
    assertThat(graph.tensor("k").origin()).isEqualTo(TensorOrigin.CONSTANT);
    assertThat(graph.node("scale").isConstant()).isTrue();
    assertThat(graph.computeNodes()).hasSize(16);
    assertThat(graph.edges())
        .contains(new Edge("scale", "mul", "k"), new Edge("stem_relu", "block_add", "s_r"));
    assertThat(graph.cutPoints()).allSatisfy(c -> assertThat(c.crossing()).doesNotContain("k"));
    assertThat(
            graph.cutPoints().stream()
                .filter(c -> c.lastHeadNode().equals("block_conv1"))
                .findFirst()
                .orElseThrow()
                .crossing())
        .containsExactly("s_r", "a");
  }

  @Test
  void infersResidualAndConcatShapes() {
    OnnxGraph graph = OnnxGraph.of(TestModels.residual(1));
    assertThat(graph.tensor("sum").shape()).hasToString("[N, 8, 8, 8]");
    assertThat(graph.tensor("c").shape()).hasToString("[N, 8, 8, 8]"); // 4 + 4 channels
    assertThat(graph.tensor("ap").shape()).hasToString("[N, 8, 4, 4]");
    assertThat(graph.node("mul").flops()).hasValue(512);
    assertThat(graph.node("avgpool").flops()).hasValue(8 * 4 * 4 * 4);
    assertThat(graph.unresolvedNodes()).isEmpty();
  }

  @Test
  void infersRecurrentShapesAndFlops() {
    OnnxGraph graph = OnnxGraph.of(TestModels.recurrent(1));
    assertThat(graph.tensor("seq").shape()).hasToString("[8, 1, N, 16]");
    assertThat(graph.tensor("seq_s").shape()).hasToString("[8, N, 16]");
    assertThat(graph.tensor("state").shape()).hasToString("[1, N, 8]");
    assertThat(graph.tensor("z2").shape())
        .hasToString("[N, 8]"); // Reshape [0, -1]: N copied, 8 left over
    assertThat(graph.tensor("y").shape()).hasToString("[N, 3]");
    // LSTM: T·N·(2·4·H·(I+H) + 17·H) = 8·(2·4·16·20 + 272); GRU: 8·(2·3·8·24 + 13·8)
    assertThat(graph.node("lstm").flops()).hasValue(8 * (2 * 4 * 16 * 20 + 17 * 16));
    assertThat(graph.node("gru").flops()).hasValue(8 * (2 * 3 * 8 * 24 + 13 * 8));
    assertThat(graph.node("softmax").flops()).hasValue(9);
    assertThat(graph.unresolvedNodes()).isEmpty();
  }

  @Test
  void graphInputsThatNameInitializersAreWeightsNotFedInputs() {
    OnnxGraph graph = OnnxGraph.of(TestModels.recurrent(1));
    assertThat(graph.tensor("lstm.W").origin()).isEqualTo(TensorOrigin.INITIALIZER);
    assertThat(graph.tensor("x").origin()).isEqualTo(TensorOrigin.GRAPH_INPUT);
    assertThat(graph.cutPoints())
        .allSatisfy(c -> assertThat(c.crossing()).doesNotContain("lstm.W", "lstm.R", "lstm.B"));
  }

  @Test
  void reportsUnknownOperatorsAndDropsTheCutsWhoseTensorsItCannotSize() {
    OnnxGraph graph = OnnxGraph.of(SmallModels.withCustomOperator(false));
    assertThat(graph.unknownOperators()).containsExactly("FancyOp");
    assertThat(graph.unresolvedNodes()).containsExactly("fancy");
    assertThat(graph.node("fancy").flops()).isEqualTo(OptionalLong.empty());
    assertThat(graph.totalFlops()).isEmpty();
    assertThat(graph.cutPoints()).extracting(CutPoint::lastHeadNode).containsExactly("relu");
  }

  @Test
  void takesShapesTheModelDeclaresWhereInferenceCannot() {
    OnnxGraph graph = OnnxGraph.of(SmallModels.withCustomOperator(true));
    assertThat(graph.tensor("q").elemType()).isEqualTo(TensorProto.DataType.FLOAT_VALUE);
    assertThat(graph.tensor("q").shape()).hasToString("[N, 6]");
    assertThat(graph.unresolvedNodes()).isEmpty();
    assertThat(graph.cutPoints())
        .extracting(CutPoint::lastHeadNode)
        .containsExactly("relu", "fancy");
  }

  @Test
  void ordersNodesTopologicallyWhateverTheirOrderInTheFile() {
    OnnxGraph graph = OnnxGraph.of(SmallModels.reversedChain());
    assertThat(graph.nodes())
        .extracting(GraphNode::name)
        .containsExactly("first", "second", "third");
    assertThat(graph.nodes()).extracting(GraphNode::position).containsExactly(0, 1, 2);
  }

  @Test
  void namesUnnamedNodesByOperatorAndIndex() {
    OnnxGraph graph = OnnxGraph.of(SmallModels.unnamedNodes());
    assertThat(graph.nodes()).extracting(GraphNode::name).containsExactly("Relu_0", "Relu_1");
  }

  @Test
  void countsTensorsThatSubgraphsReadFromTheEnclosingGraphAsNodeInputs() {
    OnnxGraph graph = OnnxGraph.of(SmallModels.ifReadingAnOuterTensor(true));
    assertThat(graph.node("branch").inputs()).containsExactly("cond", "r");
    assertThat(graph.edges()).containsExactly(new Edge("relu", "branch", "r"));
    assertThat(graph.cutPoints())
        .singleElement()
        .satisfies(c -> assertThat(c.crossing()).containsExactly("r"));
  }

  private String shape(String tensor) {
    List<Dim> shape = cnn.tensor(tensor).shape();
    return shape.toString();
  }

  private long flops(String node) {
    return cnn.node(node).flops().orElseThrow();
  }
}
