package io.edgewise.registry.onnx;

import static io.edgewise.registry.onnx.GraphBuilder.integer;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;

/** Tiny hand-wired graphs for edge cases of the analysis and the split. */
final class SmallModels {

  private SmallModels() {}

  /**
   * {@code r = Relu(x)} (also a graph output), {@code s = Add(r, x)}, {@code y = Gemm(s, W)}: the
   * second node reads the graph input directly, and one output is computed early.
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

  /**
   * {@code x → Relu → FancyOp (unknown to the analysis) → Relu → y}; optionally with {@code q}
   * declared in value_info.
   */
  static ModelProto withCustomOperator(boolean declareOutput) {
    GraphBuilder graph =
        new GraphBuilder("custom", 22)
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

  /**
   * {@code r = Relu(x)}, then an {@code If} on a stored condition whose branches read {@code r}
   * from the enclosing graph without naming it as an input ({@code r + r} or {@code -r}).
   */
  static ModelProto ifReadingAnOuterTensor(boolean condition) {
    GraphProto thenBranch =
        GraphProto.newBuilder()
            .setName("then")
            .addNode(
                NodeProto.newBuilder()
                    .setName("double")
                    .setOpType("Add")
                    .addInput("r")
                    .addInput("r")
                    .addOutput("t"))
            .addOutput(GraphBuilder.value("t", TensorProto.DataType.FLOAT_VALUE, "N", 2))
            .build();
    GraphProto elseBranch =
        GraphProto.newBuilder()
            .setName("else")
            .addNode(
                NodeProto.newBuilder()
                    .setName("negate")
                    .setOpType("Neg")
                    .addInput("r")
                    .addOutput("e"))
            .addOutput(GraphBuilder.value("e", TensorProto.DataType.FLOAT_VALUE, "N", 2))
            .build();
    GraphBuilder graph = new GraphBuilder("branching", 25).input("x", "N", 2);
    graph
        .proto()
        .addInitializer(
            TensorProto.newBuilder()
                .setName("cond")
                .setDataType(TensorProto.DataType.BOOL_VALUE)
                .addInt32Data(condition ? 1 : 0));
    return graph
        .node("relu", "Relu", List.of("x"), "r")
        .node(
            "branch",
            "If",
            List.of("cond"),
            "y",
            graph(AttributeProto.newBuilder().setName("then_branch"), thenBranch),
            graph(AttributeProto.newBuilder().setName("else_branch"), elseBranch))
        .output("y", "N", 2)
        .model();
  }

  private static AttributeProto graph(AttributeProto.Builder attribute, GraphProto value) {
    return attribute.setType(AttributeProto.AttributeType.GRAPH).setG(value).build();
  }
}
