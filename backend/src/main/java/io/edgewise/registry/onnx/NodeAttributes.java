package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.List;
import java.util.Optional;

/** Typed reads of a node's attributes with the defaults that the ONNX operator specs give. */
final class NodeAttributes {

  private final NodeProto node;

  NodeAttributes(NodeProto node) {
    this.node = node;
  }

  Optional<AttributeProto> find(String name) {
    return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst();
  }

  long integer(String name, long fallback) {
    return find(name).map(AttributeProto::getI).orElse(fallback);
  }

  /** The ints of an attribute; null when absent. */
  List<Long> ints(String name) {
    return find(name).map(AttributeProto::getIntsList).orElse(null);
  }

  /** The ints of an attribute, or {@code count} copies of {@code fallback} when absent. */
  long[] ints(String name, int count, long fallback) {
    List<Long> values = ints(name);
    long[] result = new long[count];
    for (int i = 0; i < count; i++) {
      result[i] = values == null || i >= values.size() ? fallback : values.get(i);
    }
    return result;
  }

  String string(String name, String fallback) {
    return find(name).map(a -> a.getS().toStringUtf8()).orElse(fallback);
  }
}
