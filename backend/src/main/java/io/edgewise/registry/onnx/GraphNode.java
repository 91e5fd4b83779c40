package io.edgewise.registry.onnx;

import java.util.List;
import java.util.OptionalLong;

/**
 * A node of the graph, at its place in the topological order.
 *
 * @param position the index in {@link OnnxGraph#nodes()}, a topological order
 * @param name the node's name, or {@code <op_type>_<index in the file>} when the file gives none
 * @param inputs the tensors it reads, including those its subgraphs read from the enclosing scope;
 *     optional inputs left empty are omitted
 * @param outputs the tensors it writes; optional outputs left empty are omitted
 * @param flops estimated floating-point operations per sample; empty for operators without a
 *     formula or with unknown input shapes
 * @param outputBytes bytes per sample of all its outputs; empty when a shape is unknown
 */
public record GraphNode(
    int position,
    String name,
    String opType,
    List<String> inputs,
    List<String> outputs,
    OptionalLong flops,
    OptionalLong outputBytes) {

  public GraphNode {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /**
   * A {@code Constant} node: its output is stored in the model and each side of a split gets a
   * copy.
   */
  public boolean isConstant() {
    return opType.equals("Constant") && inputs.isEmpty();
  }
}
