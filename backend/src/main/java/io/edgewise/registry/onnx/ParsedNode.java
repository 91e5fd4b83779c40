package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.List;

/**
 * A node with its stable name and the tensors it really reads and writes.
 *
 * @param fileIndex its index among the graph's nodes in the file
 * @param inputs non-empty inputs, then the outer-scope tensors its subgraphs read
 * @param outputs non-empty outputs
 */
record ParsedNode(
    NodeProto proto, String name, int fileIndex, List<String> inputs, List<String> outputs) {

  boolean isConstant() {
    return proto.getOpType().equals("Constant") && inputs.isEmpty();
  }
}
