package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnnxSplitterTest {

  private final ModelProto cnn = TestModels.cnn(1);

  @Test
  void cnnSplitAfterThePoolSendsOnlyThePooledTensor() {
    SplitModel split = OnnxSplitter.splitAt(cnn, 3);
    assertThat(split.headOutputs()).containsExactly("p1");
    assertThat(split.tailInputs()).containsExactly("p1");
    assertThat(nodes(split.head())).containsExactly("conv1", "relu1", "pool1");
    assertThat(nodes(split.tail())).containsExactly("conv2", "relu2", "gap", "flatten", "fc");
    assertThat(initializers(split.head())).containsExactly("conv1.w", "conv1.b");
    assertThat(initializers(split.tail())).containsExactly("conv2.w", "conv2.b", "fc.w", "fc.b");
    assertThat(names(split.head().getGraph().getInputList())).containsExactly("x");
    assertThat(names(split.tail().getGraph().getOutputList())).containsExactly("y");
  }

  @Test
  void tailInputsCarryTypeAndShapeFromTheAnalysis() {
    ValueInfoProto p1 = OnnxSplitter.splitAt(cnn, 3).tail().getGraph().getInput(0);
    assertThat(p1.getType().getTensorType().getElemType())
        .isEqualTo(TensorProto.DataType.FLOAT_VALUE);
    assertThat(p1.getType().getTensorType().getShape().getDim(0).getDimParam()).isEqualTo("N");
    assertThat(
            p1.getType().getTensorType().getShape().getDimList().stream()
                .skip(1)
                .map(d -> d.getDimValue()))
        .containsExactly(8L, 16L, 16L);
  }

  @Test
  void copiesIrVersionOpsetsAndProducerAndNamesEachSide() {
    SplitModel split = OnnxSplitter.splitAt(cnn, 3);
    for (ModelProto side : List.of(split.head(), split.tail())) {
      assertThat(side.getIrVersion()).isEqualTo(cnn.getIrVersion());
      assertThat(side.getOpsetImportList()).isEqualTo(cnn.getOpsetImportList());
      assertThat(side.getProducerName()).isEqualTo(cnn.getProducerName());
    }
    assertThat(split.head().getGraph().getName()).isEqualTo("cnn_head");
    assertThat(split.tail().getGraph().getName()).isEqualTo("cnn_tail");
  }

  @Test
  void splittingTwiceGivesTheSameBytes() {
    SplitModel first =
        OnnxSplitter.split(TestModels.residual(3), Set.of("stem", "stem_relu", "block_conv1"));
    SplitModel second =
        OnnxSplitter.split(TestModels.residual(3), Set.of("block_conv1", "stem_relu", "stem"));
    assertThat(first.head().toByteArray()).isEqualTo(second.head().toByteArray());
    assertThat(first.tail().toByteArray()).isEqualTo(second.tail().toByteArray());
    assertThat(first.tailInputs()).containsExactly("s_r", "a");
  }

  @Test
  void eachSideGetsItsOwnCopyOfTheConstantsItReads() {
    OnnxGraph graph = OnnxGraph.of(TestModels.residual(3));
    SplitModel beforeMul = OnnxSplitter.splitAt(graph, 11);
    assertThat(nodes(beforeMul.head())).doesNotContain("scale");
    assertThat(nodes(beforeMul.tail())).contains("scale", "mul");
    SplitModel afterMul = OnnxSplitter.splitAt(graph, 12);
    assertThat(nodes(afterMul.head())).contains("scale", "mul");
    assertThat(nodes(afterMul.tail())).doesNotContain("scale");
    assertThat(afterMul.tailInputs()).containsExactly("m");
  }

  @Test
  void keepsInitializersDeclaredAsInputsOnTheSideThatReadsThem() {
    SplitModel split = OnnxSplitter.splitAt(TestModels.recurrent(3), 1);
    assertThat(names(split.head().getGraph().getInputList()))
        .containsExactly("x", "lstm.W", "lstm.R", "lstm.B");
    assertThat(initializers(split.head())).containsExactly("lstm.W", "lstm.R", "lstm.B");
    assertThat(names(split.tail().getGraph().getInputList())).containsExactly("seq");
    assertThat(initializers(split.tail()))
        .containsExactly("axes.1", "axes.0", "gru.W", "gru.R", "gru.B", "fc.w", "fc.b");
  }

  @Test
  void graphOutputsComputedOnTheDeviceStayHeadOutputsAndInputsTheTailReadsAreForwarded() {
    SplitModel split = OnnxSplitter.splitAt(SmallModels.inputSkipWithEarlyOutput(), 1);
    assertThat(split.headOutputs()).containsExactly("r");
    assertThat(split.tailInputs()).containsExactly("r", "x");
    assertThat(names(split.tail().getGraph().getOutputList())).containsExactly("y");
  }

  @Test
  void givesUnnamedNodesTheirStableNamesOnBothSides() {
    SplitModel split = OnnxSplitter.split(SmallModels.unnamedNodes(), Set.of("Relu_0"));
    assertThat(nodes(split.head())).containsExactly("Relu_0");
    assertThat(nodes(split.tail())).containsExactly("Relu_1");
  }

  @Test
  void refusesADeviceSetThatIsNotClosedUnderPredecessorsAndSaysWhichNodeIsMissing() {
    assertThatThrownBy(
            () ->
                OnnxSplitter.split(
                    TestModels.residual(3), Set.of("stem", "stem_relu", "block_conv2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "node 'block_conv2' is on the device side but reads 'a_r' from node 'block_relu1' on"
                + " the server side; the device-side set must be closed under predecessors (add"
                + " 'block_relu1' or move 'block_conv2' to the server)");
  }

  @Test
  void refusesUnknownNodeNames() {
    assertThatThrownBy(() -> OnnxSplitter.split(cnn, Set.of("conv1", "conv9")))
        .hasMessage("the graph has no node named [conv9]");
  }

  @Test
  void refusesASplitThatLeavesOneSideEmpty() {
    OnnxGraph graph = OnnxGraph.of(cnn);
    Set<String> all = Set.copyOf(graph.nodes().stream().map(GraphNode::name).toList());
    assertThatThrownBy(() -> OnnxSplitter.split(graph, Set.of()))
        .hasMessageContaining("holds 0 of the 8 compute nodes");
    assertThatThrownBy(() -> OnnxSplitter.split(graph, all))
        .hasMessageContaining("holds 8 of the 8 compute nodes");
    assertThatThrownBy(() -> OnnxSplitter.splitAt(graph, 0))
        .hasMessageContaining("cut position 0 is outside 1..7");
    assertThatThrownBy(() -> OnnxSplitter.splitAt(graph, 8))
        .hasMessageContaining("cut position 8 is outside 1..7");
  }

  @Test
  void ignoresConstantNodesNamedInTheDeviceSet() {
    SplitModel withConstant = OnnxSplitter.split(TestModels.residual(3), Set.of("stem", "scale"));
    SplitModel without = OnnxSplitter.split(TestModels.residual(3), Set.of("stem"));
    assertThat(withConstant.tail().toByteArray()).isEqualTo(without.tail().toByteArray());
    assertThat(nodes(withConstant.head())).containsExactly("stem");
  }

  private static List<String> nodes(ModelProto model) {
    return model.getGraph().getNodeList().stream().map(NodeProto::getName).toList();
  }

  private static List<String> initializers(ModelProto model) {
    GraphProto graph = model.getGraph();
    return graph.getInitializerList().stream().map(TensorProto::getName).toList();
  }

  private static List<String> names(List<ValueInfoProto> values) {
    return values.stream().map(ValueInfoProto::getName).toList();
  }
}
