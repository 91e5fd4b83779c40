package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Output shapes of Resize and Upsample across their opsets: Upsample's scales are an attribute at
 * opset 7 and input 1 from 9; Resize takes (X, scales) at opset 10 and (X, roi, scales, sizes) from
 * 11, where sizes, when given, win over an empty scales; opset 18's {@code axes} limits both to
 * some axes. Each output length is {@code floor(in · scale)}.
 */
final class ResizeShapes {

  private static final int SIZES = 3;

  private ResizeShapes() {}

  static List<Dim> resize(
      ShapeInference inputs, NodeProto node, NodeAttributes attributes, List<Dim> x) {
    if (x == null) {
      return null;
    }
    List<Long> axesAttribute = attributes.ints("axes");
    List<Integer> axes = new ArrayList<>();
    for (int i = 0; i < (axesAttribute == null ? x.size() : axesAttribute.size()); i++) {
      axes.add(axesAttribute == null ? i : ShapeMath.axis(axesAttribute.get(i), x.size()));
    }
    Optional<List<Long>> sizes = inputs.integers(node, SIZES).filter(s -> !s.isEmpty());
    List<Dim> out = new ArrayList<>(x);
    if (sizes.isPresent()) {
      if (sizes.get().size() != axes.size()) {
        return null;
      }
      for (int i = 0; i < axes.size(); i++) {
        out.set(axes.get(i), Dim.of(sizes.get().get(i)));
      }
      return out;
    }
    Optional<List<Double>> scales = scales(inputs, node, attributes);
    if (scales.isEmpty() || scales.get().size() != axes.size()) {
      return null;
    }
    for (int i = 0; i < axes.size(); i++) {
      Dim in = x.get(axes.get(i));
      double scale = scales.get().get(i);
      out.set(
          axes.get(i),
          scale == 1.0
              ? in
              : in.isKnown() ? Dim.of((long) Math.floor(in.value() * scale)) : Dim.unknown());
    }
    return out;
  }

  private static Optional<List<Double>> scales(
      ShapeInference inputs, NodeProto node, NodeAttributes attributes) {
    List<Float> attribute = attributes.find("scales").map(a -> a.getFloatsList()).orElse(null);
    if (attribute != null) {
      return Optional.of(attribute.stream().map(Float::doubleValue).toList());
    }
    boolean scalesFirst = node.getOpType().equals("Upsample") || node.getInputCount() == 2;
    return inputs.numbers(node, scalesFirst ? 1 : 2).filter(s -> !s.isEmpty());
  }
}
