package io.edgewise.registry.onnx;

import static io.edgewise.registry.onnx.GraphBuilder.integer;

import ai.onnx.proto.OnnxMl.ModelProto;
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
}
