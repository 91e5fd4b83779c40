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
