package io.edgewise.registry.onnx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cut points of a graph's topological order (see {@link OnnxGraph#cutPoints()}). */
final class CutPoints {

  private CutPoints() {}

  static List<CutPoint> of(OnnxGraph graph) {
    List<GraphNode> compute = graph.computeNodes();
    List<CutPoint> cuts = new ArrayList<>();
    Set<String> head = new HashSet<>();
    for (int position = 1; position < compute.size(); position++) {
      head.add(compute.get(position - 1).name());
      List<String> crossing = Partition.of(graph, head).tailInputs();
      List<TensorInfo> tensors = crossing.stream().map(graph::tensor).toList();
      if (tensors.stream().allMatch(t -> t.hasKnownType() && t.bytes().isPresent())) {
        long bytes = tensors.stream().mapToLong(t -> t.bytes().getAsLong()).sum();
        cuts.add(new CutPoint(position, compute.get(position - 1).name(), crossing, bytes));
      }
    }
    return List.copyOf(cuts);
  }

  /** The head-side compute nodes of a cut after the first {@code position} compute nodes. */
  static Set<String> head(OnnxGraph graph, int position) {
    List<GraphNode> compute = graph.computeNodes();
    if (position < 1 || position >= compute.size()) {
      throw new IllegalArgumentException(
          "cut position "
              + position
              + " is outside 1.."
              + (compute.size() - 1)
              + ": each side must keep at least one of the "
              + compute.size()
              + " compute nodes");
    }
    Set<String> head = new HashSet<>();
    compute.subList(0, position).forEach(n -> head.add(n.name()));
    return head;
  }
}
