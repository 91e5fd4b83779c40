package io.edgewise.registry.onnx;

import java.util.ArrayList;
import java.util.List;

/** Output shapes of Conv and the pooling operators ({@code [N, C, D1, D2, ...]} layout). */
final class WindowShapes {

  private WindowShapes() {}

  static List<Dim> conv(NodeAttributes attributes, List<Dim> x, List<Dim> w) {
    if (x == null || w == null || x.size() < 3 || w.size() != x.size()) {
      return null;
    }
    List<Long> kernel = attributes.ints("kernel_shape");
    long[] kernels = new long[x.size() - 2];
    for (int i = 0; i < kernels.length; i++) {
      Dim fromWeight = w.get(i + 2);
      if (kernel == null && !fromWeight.isKnown()) {
        return null;
      }
      kernels[i] = kernel != null ? kernel.get(i) : fromWeight.value();
    }
    List<Dim> out = new ArrayList<>(List.of(x.get(0), w.get(0)));
    out.addAll(spatial(attributes, x, kernels, false));
    return out;
  }

  /**
   * ConvTranspose: W is {@code [C, M/group, k…]}; each spatial length is {@code output_shape} when
   * given, {@code in·stride} under SAME auto-padding, else {@code stride·(in−1) + output_padding +
   * (k−1)·dilation + 1 − pads}.
   */
  static List<Dim> convTranspose(NodeAttributes attributes, List<Dim> x, List<Dim> w) {
    if (x == null || w == null || x.size() < 3 || w.size() != x.size() || !w.get(1).isKnown()) {
      return null;
    }
    int axes = x.size() - 2;
    List<Long> kernel = attributes.ints("kernel_shape");
    long[] strides = attributes.ints("strides", axes, 1);
    long[] dilations = attributes.ints("dilations", axes, 1);
    long[] pads = attributes.ints("pads", 2 * axes, 0);
    long[] extra = attributes.ints("output_padding", axes, 0);
    List<Long> outputShape = attributes.ints("output_shape");
    String autoPad = attributes.string("auto_pad", "NOTSET");
    long group = attributes.integer("group", 1);
    List<Dim> out = new ArrayList<>(List.of(x.get(0), Dim.of(w.get(1).value() * group)));
    for (int i = 0; i < axes; i++) {
      Dim in = x.get(i + 2);
      Dim k = kernel != null ? Dim.of(kernel.get(i)) : w.get(i + 2);
      if (outputShape != null) {
        out.add(Dim.of(outputShape.get(outputShape.size() - axes + i)));
      } else if (!in.isKnown() || !k.isKnown()) {
        out.add(Dim.unknown());
      } else if (autoPad.startsWith("SAME")) {
        out.add(Dim.of(in.value() * strides[i]));
      } else {
        long span = (k.value() - 1) * dilations[i] + 1;
        out.add(Dim.of(strides[i] * (in.value() - 1) + extra[i] + span - pads[i] - pads[i + axes]));
      }
    }
    return out;
  }

  static List<Dim> pool(NodeAttributes attributes, List<Dim> x) {
    List<Long> kernel = attributes.ints("kernel_shape");
    if (x == null || x.size() < 3 || kernel == null || kernel.size() != x.size() - 2) {
      return null;
    }
    List<Dim> out = new ArrayList<>(x.subList(0, 2));
    out.addAll(
        spatial(
            attributes,
            x,
            kernel.stream().mapToLong(Long::longValue).toArray(),
            attributes.integer("ceil_mode", 0) != 0));
    return out;
  }

  static List<Dim> global(List<Dim> x) {
    if (x == null || x.size() < 3) {
      return null;
    }
    List<Dim> out = new ArrayList<>(x.subList(0, 2));
    for (int i = 2; i < x.size(); i++) {
      out.add(Dim.of(1));
    }
    return out;
  }

  private static List<Dim> spatial(
      NodeAttributes attributes, List<Dim> x, long[] kernels, boolean ceil) {
    int axes = kernels.length;
    long[] strides = attributes.ints("strides", axes, 1);
    long[] dilations = attributes.ints("dilations", axes, 1);
    long[] pads = attributes.ints("pads", 2 * axes, 0);
    String autoPad = attributes.string("auto_pad", "NOTSET");
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < axes; i++) {
      out.add(
          ShapeMath.window(
              x.get(i + 2),
              kernels[i],
              strides[i],
              pads[i],
              pads[i + axes],
              dilations[i],
              autoPad,
              ceil));
    }
    return out;
  }
}
