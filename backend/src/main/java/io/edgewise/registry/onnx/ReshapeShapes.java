package io.edgewise.registry.onnx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Output shapes of the operators that only rearrange data: Reshape, Squeeze, Unsqueeze, Transpose.
 */
final class ReshapeShapes {

  private ReshapeShapes() {}

  /** Reshape with a stored target shape: 0 copies the input dimension, -1 takes what is left. */
  static List<Dim> reshape(NodeAttributes attributes, List<Dim> in, Optional<List<Long>> target) {
    if (in == null || target.isEmpty()) {
      return null;
    }
    boolean allowZero = attributes.integer("allowzero", 0) != 0;
    List<Long> spec = target.get();
    Dim[] out = new Dim[spec.size()];
    Set<Integer> copied = new HashSet<>();
    int inferred = -1;
    for (int i = 0; i < spec.size(); i++) {
      long value = spec.get(i);
      if (value == 0 && !allowZero) {
        if (i >= in.size()) {
          return null;
        }
        out[i] = in.get(i);
        copied.add(i);
      } else if (value == -1) {
        inferred = i;
      } else {
        out[i] = Dim.of(value);
      }
    }
    if (inferred >= 0) {
      out[inferred] = remainder(in, copied, out, inferred);
    }
    return List.of(out);
  }

  /**
   * The -1 dimension: the input's elements outside the copied dimensions over the output's known
   * ones.
   */
  private static Dim remainder(List<Dim> in, Set<Integer> copied, Dim[] out, int inferred) {
    long inRest = 1;
    for (int j = 0; j < in.size(); j++) {
      if (!copied.contains(j)) {
        if (!in.get(j).isKnown()) {
          return Dim.unknown();
        }
        inRest *= in.get(j).value();
      }
    }
    long outRest = 1;
    for (int i = 0; i < out.length; i++) {
      if (i != inferred && !copied.contains(i)) {
        outRest *= out[i].value();
      }
    }
    return outRest == 0 ? Dim.unknown() : Dim.of(inRest / outRest);
  }

  static List<Dim> squeeze(List<Dim> in, Optional<List<Long>> axes) {
    if (in == null || axes.isEmpty()) {
      return null;
    }
    Set<Integer> drop = new HashSet<>();
    axes.get().forEach(a -> drop.add(ShapeMath.axis(a, in.size())));
    if (drop.isEmpty()) {
      if (in.stream().anyMatch(d -> !d.isKnown())) {
        return null;
      }
      return in.stream().filter(d -> d.value() != 1).toList();
    }
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (!drop.contains(i)) {
        out.add(in.get(i));
      }
    }
    return out;
  }

  static List<Dim> unsqueeze(List<Dim> in, Optional<List<Long>> axes) {
    if (in == null || axes.isEmpty()) {
      return null;
    }
    int rank = in.size() + axes.get().size();
    Set<Integer> added = new HashSet<>();
    axes.get().forEach(a -> added.add(ShapeMath.axis(a, rank)));
    List<Dim> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < rank; i++) {
      out.add(added.contains(i) ? Dim.of(1) : in.get(next++));
    }
    return out;
  }

  static List<Dim> transpose(NodeAttributes attributes, List<Dim> in) {
    if (in == null) {
      return null;
    }
    List<Long> perm = attributes.ints("perm");
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      out.add(in.get(perm == null ? in.size() - 1 - i : perm.get(i).intValue()));
    }
    return out;
  }
}
