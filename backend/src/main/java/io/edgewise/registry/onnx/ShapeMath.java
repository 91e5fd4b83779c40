package io.edgewise.registry.onnx;

import java.util.ArrayList;
import java.util.List;

/** Dimension arithmetic shared by the shape rules: broadcasting, products and sliding windows. */
final class ShapeMath {

  private ShapeMath() {}

  /** Numpy-style multidirectional broadcasting; null when a rank is unknown. */
  static List<Dim> broadcast(String node, List<List<Dim>> shapes) {
    int rank = 0;
    for (List<Dim> shape : shapes) {
      if (shape == null) {
        return null;
      }
      rank = Math.max(rank, shape.size());
    }
    List<Dim> result = new ArrayList<>();
    for (int i = 0; i < rank; i++) {
      Dim merged = Dim.of(1);
      for (List<Dim> shape : shapes) {
        int j = i - (rank - shape.size());
        if (j >= 0) {
          merged = broadcast(node, merged, shape.get(j));
        }
      }
      result.add(merged);
    }
    return result;
  }

  private static Dim broadcast(String node, Dim a, Dim b) {
    if (a.equals(b) || b.isKnown() && b.value() == 1) {
      return a;
    }
    if (a.isKnown() && a.value() == 1) {
      return b;
    }
    if (a.isKnown() && b.isKnown()) {
      throw new IllegalArgumentException(
          "node '"
              + node
              + "' combines dimensions "
              + a
              + " and "
              + b
              + ", which do not broadcast");
    }
    return a.isKnown() ? a : b.isKnown() ? b : Dim.unknown();
  }

  /**
   * The product of dimensions: known when all are, the symbol when it is the only non-unit factor.
   */
  static Dim product(List<Dim> dims) {
    long known = 1;
    Dim symbolic = null;
    int unresolved = 0;
    for (Dim dim : dims) {
      if (dim.isKnown()) {
        known *= dim.value();
      } else {
        unresolved++;
        symbolic = dim;
      }
    }
    if (unresolved == 0) {
      return Dim.of(known);
    }
    return unresolved == 1 && known == 1 ? symbolic : Dim.unknown();
  }

  static Dim sum(List<Dim> dims) {
    long total = 0;
    for (Dim dim : dims) {
      if (!dim.isKnown()) {
        return dims.size() == 1 ? dim : Dim.unknown();
      }
      total += dim.value();
    }
    return Dim.of(total);
  }

  /**
   * The output length of a sliding window (Conv, pooling) along one axis, as the ONNX spec defines
   * it for explicit pads and for {@code auto_pad}.
   */
  static Dim window(
      Dim in,
      long kernel,
      long stride,
      long padBegin,
      long padEnd,
      long dilation,
      String autoPad,
      boolean ceil) {
    if (!in.isKnown()) {
      return Dim.unknown();
    }
    long span = (kernel - 1) * dilation + 1;
    return switch (autoPad) {
      case "SAME_UPPER", "SAME_LOWER" -> Dim.of(ceilDiv(in.value(), stride));
      case "VALID" -> Dim.of(divide(in.value() - span, stride, ceil) + 1);
      default -> {
        long padded = in.value() + padBegin + padEnd;
        long out = divide(padded - span, stride, ceil) + 1;
        // ceil mode may not start a window inside the end padding (the ONNX reference and ONNX
        // Runtime agree)
        if (ceil && (out - 1) * stride >= in.value() + padBegin) {
          out--;
        }
        yield Dim.of(out);
      }
    };
  }

  static int axis(long axis, int rank) {
    return (int) (axis < 0 ? axis + rank : axis);
  }

  private static long divide(long a, long b, boolean ceil) {
    return ceil ? ceilDiv(a, b) : Math.floorDiv(a, b);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
