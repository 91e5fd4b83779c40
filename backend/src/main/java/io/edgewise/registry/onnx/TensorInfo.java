package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;
import java.util.OptionalLong;

/**
 * A tensor of the graph as the analysis sees it.
 *
 * @param elemType the ONNX {@code TensorProto.DataType} number; 0 ({@code UNDEFINED}) when unknown
 * @param shape the dimensions; null when even the rank is unknown
 * @param producer the name of the node that computes it; null for graph inputs and initializers
 */
public record TensorInfo(
    String name, int elemType, List<Dim> shape, TensorOrigin origin, String producer) {

  public TensorInfo {
    shape = shape == null ? null : List.copyOf(shape);
  }

  public boolean hasKnownType() {
    return elemType != TensorProto.DataType.UNDEFINED_VALUE;
  }

  /** Known rank and every dimension known or symbolic. */
  public boolean hasKnownShape() {
    return shape != null && shape.stream().allMatch(d -> d.isKnown() || d.isSymbolic());
  }

  /** Elements per sample (symbolic dimensions count as one); empty when the shape is unknown. */
  public OptionalLong elements() {
    if (!hasKnownShape()) {
      return OptionalLong.empty();
    }
    long count = 1;
    for (Dim dim : shape) {
      count = Math.multiplyExact(count, dim.perSample());
    }
    return OptionalLong.of(count);
  }

  /** Bytes per sample; empty when the shape or the element size is unknown. */
  public OptionalLong bytes() {
    int size = ElementTypes.bytes(elemType);
    OptionalLong elements = elements();
    return size <= 0 || elements.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(elements.getAsLong() * size);
  }

  TensorInfo withShape(int type, List<Dim> dims) {
    return new TensorInfo(name, type, dims, origin, producer);
  }
}
