package io.edgewise.registry.onnx;

import java.util.ArrayList;
import java.util.List;

/** The output shape of MatMul, with numpy's rules for 1-D operands and batch broadcasting. */
final class MatMulShapes {

  private MatMulShapes() {}

  static List<Dim> matMul(String node, List<Dim> a, List<Dim> b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return null;
    }
    boolean rowVector = a.size() == 1;
    boolean columnVector = b.size() == 1;
    List<Dim> left = rowVector ? List.of(Dim.of(1), a.get(0)) : a;
    List<Dim> right = columnVector ? List.of(b.get(0), Dim.of(1)) : b;
    List<Dim> batch =
        ShapeMath.broadcast(
            node, List.of(left.subList(0, left.size() - 2), right.subList(0, right.size() - 2)));
    List<Dim> out = new ArrayList<>(batch);
    if (!rowVector) {
      out.add(left.get(left.size() - 2));
    }
    if (!columnVector) {
      out.add(right.get(right.size() - 1));
    }
    return out;
  }
}
