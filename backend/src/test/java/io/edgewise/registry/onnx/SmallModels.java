package io.edgewise.registry.onnx;

import static io.edgewise.registry.onnx.GraphBuilder.integer;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;

/** Tiny hand-wired graphs for edge cases of the analysis and the split. */
final class SmallModels {

  private SmallModels() {}

  /**
   * {@code r = Relu(x)} (also a graph output), {@code s = Add(r, x)}, {@code y = Gemm(s, W)}: the second
   * node reads the graph input directly, and one output is computed early.
   */
  static ModelProto inputSkipWithEarlyOutput() {
    return new GraphBuilder("skip", 21)
        .input("x", "N", 6)
        .weights("W", 6, 3, 6)
        .node("relu", "Relu", List.of("x"), "r")
        .node("add", "Add", List.of("r", "x"), "s")
        .node("fc", "Gemm", List.of("s", "W"), "y", integer("transB", 1))
        .output("r", "N", 6)
        .output("y", "N", 3)
        .model();
  }

  /** {@code x → Relu → FancyOp (unknown to the analysis) → Relu → y}; optionally with {@code q} declared in value_info. */
  static ModelProto withCustomOperator(boolean declareOutput) {
    GraphBuilder graph = new GraphBuilder("custom", 22)
        .input("x", "N", 6)
        .node("relu", "Relu", List.of("x"), "r")
        .node("fancy", "FancyOp", List.of("r"), "q")
        .node("relu2", "Relu", List.of("q"), "y")
        .output("y", "N", 6);
    if (declareOutput) {
      graph.proto().addValueInfo(GraphBuilder.value("q", TensorProto.DataType.FLOAT_VALUE, "N", 6));
    }
    return graph.model();
  }

  /** A three-node chain written to the file last node first. */
  static ModelProto reversedChain() {
    return new GraphBuilder("reversed", 23)
        .input("x", "N", 2)
        .node("third", "Relu", List.of("b"), "y")
        .node("second", "Relu", List.of("a"), "b")
        .node("first", "Relu", List.of("x"), "a")
        .output("y", "N", 2)
        .model();
  }

  static ModelProto unnamedNodes() {
    return new GraphBuilder("unnamed", 24)
        .input("x", "N", 2)
        .node("", "Relu", List.of("x"), "a")
        .node("", "Relu", List.of("a"), "y")
        .output("y", "N", 2)
        .model();
  }
}
