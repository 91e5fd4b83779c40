package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arguments of a Slice: attributes {@code starts}, {@code ends}, {@code axes} up to opset 9,
 * inputs 1–4 (starts, ends, axes, steps) from opset 10 on; with the spec's clamping of starts and
 * ends into each dimension.
 *
 * @param axes null when absent (the first {@code starts.size()} axes)
 * @param steps null when absent (all 1)
 */
record SliceArguments(List<Long> starts, List<Long> ends, List<Long> axes, List<Long> steps) {

  /** Empty when an argument the slice needs is not a known constant. */
  static Optional<SliceArguments> of(
      NodeAttributes attributes, NodeProto node, Function<String, Optional<List<Long>>> integers) {
    List<Long> starts = attributes.ints("starts");
    if (starts != null) {
      List<Long> ends = attributes.ints("ends");
      return ends == null || ends.size() != starts.size()
          ? Optional.empty()
          : Optional.of(new SliceArguments(starts, ends, attributes.ints("axes"), null));
    }
    Optional<List<Long>> s = input(node, 1, integers);
    Optional<List<Long>> e = input(node, 2, integers);
    if (s.isEmpty() || e.isEmpty() || s.get().size() != e.get().size()) {
      return Optional.empty();
    }
    Optional<List<Long>> axes = input(node, 3, integers);
    Optional<List<Long>> steps = input(node, 4, integers);
    if (present(node, 3) && axes.isEmpty() || present(node, 4) && steps.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SliceArguments(s.get(), e.get(), axes.orElse(null), steps.orElse(null)));
  }

  private static boolean present(NodeProto node, int input) {
    return input < node.getInputCount() && !node.getInput(input).isEmpty();
  }

  private static Optional<List<Long>> input(
      NodeProto node, int input, Function<String, Optional<List<Long>>> integers) {
    return present(node, input) ? integers.apply(node.getInput(input)) : Optional.empty();
  }

  /** The axis the i-th start applies to, in {@code [0, rank)}. */
  int axis(int i, int rank) {
    return axes == null ? i : ShapeMath.axis(axes.get(i), rank);
  }

  long step(int i) {
    return steps == null ? 1 : steps.get(i);
  }

  /** The first index taken along a dimension of size {@code dim}. */
  long first(int i, long dim) {
    long start = starts.get(i);
    start = start < 0 ? start + dim : start;
    return step(i) > 0 ? clamp(start, 0, dim) : clamp(start, 0, dim - 1);
  }

  /** The (exclusive) end index along a dimension of size {@code dim}. */
  long last(int i, long dim) {
    long end = ends.get(i);
    end = end < 0 ? saturatedAdd(end, dim) : end;
    return step(i) > 0 ? clamp(end, 0, dim) : clamp(end, -1, dim - 1);
  }

  /** The number of elements taken along a dimension of size {@code dim}. */
  long length(int i, long dim) {
    long step = step(i);
    long span = step > 0 ? last(i, dim) - first(i, dim) : first(i, dim) - last(i, dim);
    long by = Math.abs(step);
    return span <= 0 ? 0 : (span + by - 1) / by;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MIN_VALUE : sum;
  }

  private static long clamp(long v, long low, long high) {
    return Math.max(low, Math.min(high, v));
  }
}
