package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Constant folding of the small shape arithmetic exporters emit around Reshape, Resize and Expand:
 * {@code Shape → Gather → Unsqueeze → Concat}, with Cast, Slice and element-wise Add, Sub, Mul, Div
 * on the way (PyTorch's dynamic-axes exports and tf2onnx build target shapes this way). A value is
 * known when all its inputs' values are; nothing here reads weights.
 */
final class ShapeFolding {

  private final Function<String, TensorInfo> tensors;
  private final Function<String, Optional<List<Double>>> values;

  ShapeFolding(
      Function<String, TensorInfo> tensors, Function<String, Optional<List<Double>>> values) {
    this.tensors = tensors;
    this.values = values;
  }

  /** The values of the node's first output, when they follow from what is known. */
  Optional<List<Double>> fold(NodeProto node, int outputType) {
    NodeAttributes attributes = new NodeAttributes(node);
    return switch (node.getOpType()) {
      case "Shape" -> shape(attributes, node);
      case "Size" -> size(node);
      case "Identity", "Unsqueeze", "Squeeze", "Reshape", "Flatten" -> value(node, 0);
      case "Cast" -> value(node, 0).map(v -> cast(v, outputType));
      case "Concat" -> concat(node);
      case "Gather" -> gather(attributes, node);
      case "Slice" -> slice(attributes, node);
      case "Add", "Sub", "Mul", "Div", "Max", "Min" -> arithmetic(node, outputType);
      case "ConstantOfShape" -> constantOfShape(node);
      default -> Optional.empty();
    };
  }

  private Optional<List<Double>> value(NodeProto node, int input) {
    return input < node.getInputCount() && !node.getInput(input).isEmpty()
        ? values.apply(node.getInput(input))
        : Optional.empty();
  }

  private Optional<List<Double>> shape(NodeAttributes attributes, NodeProto node) {
    TensorInfo in = tensors.apply(node.getInput(0));
    if (in == null || in.shape() == null || !in.shape().stream().allMatch(Dim::isKnown)) {
      return Optional.empty();
    }
    int rank = in.shape().size();
    int start = clamp(attributes.integer("start", 0), rank);
    int end = clamp(attributes.integer("end", rank), rank);
    List<Double> dims = new ArrayList<>();
    for (int i = start; i < end; i++) {
      dims.add((double) in.shape().get(i).value());
    }
    return Optional.of(dims);
  }

  private Optional<List<Double>> size(NodeProto node) {
    TensorInfo in = tensors.apply(node.getInput(0));
    return in == null || in.elements().isEmpty() || !in.shape().stream().allMatch(Dim::isKnown)
        ? Optional.empty()
        : Optional.of(List.of((double) in.elements().getAsLong()));
  }

  private static List<Double> cast(List<Double> v, int type) {
    boolean integral =
        type == DataType.INT64_VALUE || type == DataType.INT32_VALUE || type == DataType.INT8_VALUE;
    // ONNX casts float to int by truncation toward zero
    return integral ? v.stream().map(d -> d < 0 ? Math.ceil(d) : Math.floor(d)).toList() : v;
  }

  private Optional<List<Double>> concat(NodeProto node) {
    List<Double> all = new ArrayList<>();
    for (String input : node.getInputList()) {
      Optional<List<Double>> v = input.isEmpty() ? Optional.of(List.of()) : values.apply(input);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      all.addAll(v.get());
    }
    return Optional.of(all);
  }

  /** Gather along axis 0 of a 1-D (or scalar-indexed) value tensor. */
  private Optional<List<Double>> gather(NodeAttributes attributes, NodeProto node) {
    Optional<List<Double>> data = value(node, 0);
    Optional<List<Long>> indices = value(node, 1).flatMap(TensorValues::whole);
    if (data.isEmpty() || indices.isEmpty() || attributes.integer("axis", 0) != 0) {
      return Optional.empty();
    }
    TensorInfo info = tensors.apply(node.getInput(0));
    if (info == null || info.shape() == null || info.shape().size() != 1) {
      return Optional.empty();
    }
    List<Double> out = new ArrayList<>();
    int n = data.get().size();
    for (long i : indices.get()) {
      long at = i < 0 ? i + n : i;
      if (at < 0 || at >= n) {
        return Optional.empty();
      }
      out.add(data.get().get((int) at));
    }
    return Optional.of(out);
  }

  /** Slice of a 1-D value tensor, with starts/ends as attributes (opset ≤ 9) or inputs. */
  private Optional<List<Double>> slice(NodeAttributes attributes, NodeProto node) {
    Optional<List<Double>> data = value(node, 0);
    Optional<SliceArguments> args = SliceArguments.of(attributes, node, this::integers);
    if (data.isEmpty() || args.isEmpty() || args.get().starts().size() != 1) {
      return Optional.empty();
    }
    SliceArguments a = args.get();
    if (a.axis(0, 1) != 0) {
      return Optional.empty();
    }
    int n = data.get().size();
    List<Double> out = new ArrayList<>();
    long step = a.step(0);
    for (long i = a.first(0, n); step > 0 ? i < a.last(0, n) : i > a.last(0, n); i += step) {
      out.add(data.get().get((int) i));
    }
    return Optional.of(out);
  }

  private Optional<List<Double>> arithmetic(NodeProto node, int type) {
    Optional<List<Double>> a = value(node, 0);
    Optional<List<Double>> b = value(node, 1);
    if (a.isEmpty() || b.isEmpty() || node.getInputCount() != 2) {
      return Optional.empty();
    }
    int n = Math.max(a.get().size(), b.get().size());
    if (a.get().size() != n && a.get().size() != 1 || b.get().size() != n && b.get().size() != 1) {
      return Optional.empty();
    }
    boolean integral = type == DataType.INT64_VALUE || type == DataType.INT32_VALUE;
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = a.get().get(a.get().size() == 1 ? 0 : i);
      double y = b.get().get(b.get().size() == 1 ? 0 : i);
      double r =
          switch (node.getOpType()) {
            case "Add" -> x + y;
            case "Sub" -> x - y;
            case "Mul" -> x * y;
            case "Max" -> Math.max(x, y);
            case "Min" -> Math.min(x, y);
            default -> y == 0 ? Double.NaN : integral ? (long) x / (long) y : x / y;
          };
      if (Double.isNaN(r)) {
        return Optional.empty();
      }
      out.add(r);
    }
    return Optional.of(out);
  }

  private Optional<List<Double>> constantOfShape(NodeProto node) {
    Optional<List<Long>> shape = integers(node.getInput(0));
    if (shape.isEmpty()) {
      return Optional.empty();
    }
    long count = shape.get().stream().mapToLong(Long::longValue).reduce(1, (x, y) -> x * y);
    if (count > TensorValues.SMALL) {
      return Optional.empty();
    }
    double fill =
        ConstantValues.tensor(node)
            .flatMap(TensorValues::numbers)
            .filter(v -> !v.isEmpty())
            .map(v -> v.get(0))
            .orElse(0.0);
    List<Double> out = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      out.add(fill);
    }
    return Optional.of(out);
  }

  private Optional<List<Long>> integers(String name) {
    return name.isEmpty() ? Optional.empty() : values.apply(name).flatMap(TensorValues::whole);
  }

  private static int clamp(long axis, int rank) {
    long a = axis < 0 ? axis + rank : axis;
    return (int) Math.max(0, Math.min(rank, a));
  }
}
