package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxGraphValidationTest {

  @Test
  void rejectsAModelWithoutAGraph() {
    assertThatThrownBy(() -> OnnxGraph.of(TestModels.cnn(1).toBuilder().clearGraph().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model has no graph");
  }

  @Test
  void rejectsAGraphWithoutNodesOrOutputs() {
    GraphProto graph = TestModels.cnn(1).getGraph();
    assertThatThrownBy(
            () -> OnnxGraph.of(GraphBuilder.model(graph.toBuilder().clearNode().build())))
        .hasMessageContaining("no nodes");
    assertThatThrownBy(
            () -> OnnxGraph.of(GraphBuilder.model(graph.toBuilder().clearOutput().build())))
        .hasMessageContaining("declares no outputs");
  }

  @Test
  void namesTheNodeThatReadsADanglingTensor() {
    ModelProto model =
        new GraphBuilder("dangling", 1)
            .input("x", "N", 2)
            .node("first", "Relu", List.of("x"), "a")
            .node("second", "Add", List.of("a", "ghost"), "y")
            .output("y", "N", 2)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "node 'second' (Add) reads tensor 'ghost', which no node, graph input or initializer"
                + " provides");
  }

  @Test
  void namesANodeOnACycle() {
    ModelProto model =
        new GraphBuilder("cycle", 1)
            .input("x", "N", 2)
            .node("entry", "Relu", List.of("x"), "a")
            .node("loop_a", "Add", List.of("a", "c"), "b")
            .node("loop_b", "Relu", List.of("b"), "c")
            .node("exit", "Relu", List.of("c"), "y")
            .output("y", "N", 2)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("the graph has a cycle through node 'loop_[ab]'");
  }

  @Test
  void rejectsATensorWrittenTwice() {
    ModelProto model =
        new GraphBuilder("twice", 1)
            .input("x", "N", 2)
            .node("one", "Relu", List.of("x"), "y")
            .node("two", "Sigmoid", List.of("x"), "y")
            .output("y", "N", 2)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .hasMessage("tensor 'y' is written by both node 'one' and node 'two'");
  }

  @Test
  void rejectsANodeThatOverwritesAGraphInput() {
    ModelProto model =
        new GraphBuilder("overwrite", 1)
            .input("x", "N", 2)
            .node("clobber", "Relu", List.of("x"), "x")
            .output("x", "N", 2)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .hasMessageContaining("node 'clobber' writes tensor 'x'");
  }

  @Test
  void rejectsAnOutputThatNothingProduces() {
    ModelProto model =
        new GraphBuilder("orphan", 1)
            .input("x", "N", 2)
            .node("relu", "Relu", List.of("x"), "y")
            .output("y", "N", 2)
            .output("z", "N", 2)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .hasMessage("graph output 'z' is produced by no node, graph input or initializer");
  }

  @Test
  void namesTheNodeWhoseOperandsDoNotBroadcast() {
    ModelProto model =
        new GraphBuilder("broadcast", 1)
            .input("x", "N", 3)
            .weights("w", 1, 4)
            .node("bad_add", "Add", List.of("x", "w"), "y")
            .output("y", "N", 3)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .hasMessage("node 'bad_add' combines dimensions 3 and 4, which do not broadcast");
  }

  @Test
  void rejectsANodeWithoutAnOperatorType() {
    ModelProto model =
        new GraphBuilder("untyped", 1)
            .input("x", "N", 2)
            .node("mystery", "", List.of("x"), "y")
            .output("y", "N", 2)
            .model();
    assertThatThrownBy(() -> OnnxGraph.of(model))
        .hasMessage("node 'mystery' (index 0) has no op_type");
  }
}
