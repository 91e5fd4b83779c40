package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Output shapes of the data-movement and resampling operators that PyTorch, tf2onnx and Paddle2ONNX
 * exports use around their convolutions: Slice, Pad, Resize and Upsample, the Reduce family,
 * Gather, Expand, Tile, ConstantOfShape, DepthToSpace and SpaceToDepth, each in the opset variants
 * that moved an attribute to an input (docs/onnx.md lists them).
 */
final class ExporterShapes {

  static final Set<String> OPERATORS =
      Set.of(
          "Slice",
          "Pad",
          "Resize",
          "Upsample",
          "Gather",
          "Expand",
          "Tile",
          "ConstantOfShape",
          "DepthToSpace",
          "SpaceToDepth",
          "ArgMax",
          "ArgMin",
          "Size");

  /** The Reduce family: reduce over {@code axes}, keeping them as 1 when {@code keepdims}. */
  static final Set<String> REDUCE =
      Set.of(
          "ReduceMean",
          "ReduceSum",
          "ReduceMax",
          "ReduceMin",
          "ReduceProd",
          "ReduceL1",
          "ReduceL2",
          "ReduceSumSquare",
          "ReduceLogSum",
          "ReduceLogSumExp");

  private final ShapeInference inputs;

  ExporterShapes(ShapeInference inputs) {
    this.inputs = inputs;
  }

  List<Dim> shape(String op, NodeProto node, NodeAttributes attributes) {
    List<Dim> x = inputs.shape(node, 0);
    if (REDUCE.contains(op) || op.equals("ArgMax") || op.equals("ArgMin")) {
      return reduce(op, node, attributes, x);
    }
    return switch (op) {
      case "Slice" -> slice(node, attributes, x);
      case "Pad" -> pad(node, attributes, x);
      case "Resize", "Upsample" -> ResizeShapes.resize(inputs, node, attributes, x);
      case "Gather" -> gather(attributes, x, inputs.shape(node, 1));
      case "Expand" ->
          x == null
              ? null
              : inputs
                  .integers(node, 1)
                  .map(s -> ShapeMath.broadcast(node.getName(), List.of(x, dims(s))))
                  .orElse(null);
      case "Tile" -> tile(x, inputs.integers(node, 1));
      case "ConstantOfShape" -> inputs.integers(node, 0).map(ExporterShapes::dims).orElse(null);
      case "DepthToSpace" -> blocks(x, attributes.integer("blocksize", 1), true);
      case "SpaceToDepth" -> blocks(x, attributes.integer("blocksize", 1), false);
      case "Size" -> List.of();
      default -> null;
    };
  }

  /**
   * Split: sizes as an attribute up to opset 12, as input 1 from 13, else equal parts (the last
   * smaller, opset 18's {@code num_outputs}); one shape per output.
   */
  List<List<Dim>> split(NodeProto node, NodeAttributes attributes) {
    List<Dim> x = inputs.shape(node, 0);
    int parts = node.getOutputCount();
    if (x == null || x.isEmpty() || parts == 0) {
      return null;
    }
    int axis = ShapeMath.axis(attributes.integer("axis", 0), x.size());
    Dim dim = x.get(axis);
    List<Long> sizes =
        attributes.ints("split") != null
            ? attributes.ints("split")
            : inputs.integers(node, 1).orElse(null);
    if (sizes == null || sizes.isEmpty()) {
      if (!dim.isKnown()) {
        return null;
      }
      long each = (dim.value() + parts - 1) / parts;
      sizes = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        sizes.add(Math.max(0, Math.min(each, dim.value() - i * each)));
      }
    }
    if (sizes.size() != parts) {
      return null;
    }
    List<List<Dim>> out = new ArrayList<>();
    for (long size : sizes) {
      List<Dim> part = new ArrayList<>(x);
      part.set(axis, Dim.of(size));
      out.add(part);
    }
    return out;
  }

  private List<Dim> slice(NodeProto node, NodeAttributes attributes, List<Dim> x) {
    Optional<SliceArguments> args = SliceArguments.of(attributes, node, inputs::integers);
    if (x == null || args.isEmpty()) {
      return null;
    }
    List<Dim> out = new ArrayList<>(x);
    SliceArguments a = args.get();
    for (int i = 0; i < a.starts().size(); i++) {
      int axis = a.axis(i, x.size());
      Dim dim = x.get(axis);
      out.set(axis, dim.isKnown() ? Dim.of(a.length(i, dim.value())) : Dim.unknown());
    }
    return out;
  }

  /** Pads as an attribute up to opset 10, as input 1 from 11 (with optional axes from 18). */
  private List<Dim> pad(NodeProto node, NodeAttributes attributes, List<Dim> x) {
    Optional<List<Long>> pads =
        attributes.ints("pads") != null
            ? Optional.of(attributes.ints("pads"))
            : inputs.integers(node, 1);
    if (x == null || pads.isEmpty()) {
      return null;
    }
    int rank = x.size();
    List<Long> axes = inputs.integers(node, 3).orElse(null);
    int count = axes == null ? rank : axes.size();
    if (pads.get().size() != 2 * count) {
      return null;
    }
    List<Dim> out = new ArrayList<>(x);
    for (int i = 0; i < count; i++) {
      int axis = axes == null ? i : ShapeMath.axis(axes.get(i), rank);
      Dim dim = x.get(axis);
      long grown = pads.get().get(i) + pads.get().get(i + count);
      out.set(axis, dim.isKnown() ? Dim.of(dim.value() + grown) : Dim.unknown());
    }
    return out;
  }

  /**
   * Axes as an attribute, or as input 1 (ReduceSum from opset 13, the others from 18); none means
   * all axes unless {@code noop_with_empty_axes}.
   */
  private List<Dim> reduce(String op, NodeProto node, NodeAttributes attributes, List<Dim> x) {
    if (x == null) {
      return null;
    }
    boolean keep = attributes.integer("keepdims", 1) != 0;
    Set<Integer> axes = new HashSet<>();
    if (op.startsWith("Arg")) {
      axes.add(ShapeMath.axis(attributes.integer("axis", 0), x.size()));
    } else {
      List<Long> listed =
          attributes.ints("axes") != null
              ? attributes.ints("axes")
              : node.getInputCount() > 1 && !node.getInput(1).isEmpty()
                  ? inputs.integers(node, 1).orElse(null)
                  : List.of();
      if (listed == null) {
        return null;
      }
      if (listed.isEmpty() && attributes.integer("noop_with_empty_axes", 0) != 0) {
        return x;
      }
      listed.forEach(a -> axes.add(ShapeMath.axis(a, x.size())));
      if (listed.isEmpty()) {
        for (int i = 0; i < x.size(); i++) {
          axes.add(i);
        }
      }
    }
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      if (!axes.contains(i)) {
        out.add(x.get(i));
      } else if (keep) {
        out.add(Dim.of(1));
      }
    }
    return out;
  }

  private static List<Dim> gather(NodeAttributes attributes, List<Dim> data, List<Dim> indices) {
    if (data == null || indices == null || data.isEmpty()) {
      return null;
    }
    int axis = ShapeMath.axis(attributes.integer("axis", 0), data.size());
    List<Dim> out = new ArrayList<>(data.subList(0, axis));
    out.addAll(indices);
    out.addAll(data.subList(axis + 1, data.size()));
    return out;
  }

  private static List<Dim> tile(List<Dim> x, Optional<List<Long>> repeats) {
    if (x == null || repeats.isEmpty() || repeats.get().size() != x.size()) {
      return null;
    }
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      Dim d = x.get(i);
      out.add(d.isKnown() ? Dim.of(d.value() * repeats.get().get(i)) : Dim.unknown());
    }
    return out;
  }

  /** DepthToSpace: [N, C/b², H·b, W·b]; SpaceToDepth the inverse. */
  private static List<Dim> blocks(List<Dim> x, long b, boolean toSpace) {
    if (x == null || x.size() != 4 || b < 1) {
      return null;
    }
    long area = b * b;
    return List.of(
        x.get(0),
        scale(x.get(1), toSpace ? 1 : area, toSpace ? area : 1),
        scale(x.get(2), toSpace ? b : 1, toSpace ? 1 : b),
        scale(x.get(3), toSpace ? b : 1, toSpace ? 1 : b));
  }

  private static Dim scale(Dim d, long times, long over) {
    return d.isKnown() ? Dim.of(d.value() * times / over) : Dim.unknown();
  }

  static List<Dim> dims(List<Long> values) {
    return values.stream().map(v -> v >= 0 ? Dim.of(v) : Dim.unknown()).toList();
  }
}
