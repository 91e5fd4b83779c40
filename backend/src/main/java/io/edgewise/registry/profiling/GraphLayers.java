package io.edgewise.registry.profiling;

import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.onnx.GraphNode;
import io.edgewise.registry.onnx.OnnxGraph;
import io.edgewise.registry.onnx.TensorInfo;
import io.edgewise.registry.onnx.TensorOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A profile's layers as the graph analysis gives them: one per compute node ({@code Constant} nodes
 * excluded), in the analysis's topological order, with FLOPs, output bytes, operator type and the
 * indices of the layers it reads. Where the analysis knows no FLOP formula or no output shape, the
 * layer says so (null), never zero nor a guess, and is listed in {@link #unknown()}.
 *
 * @param inputBytes bytes per sample of the caller's inputs (graph inputs naming no initializer)
 * @param unknown "name (op)" of the nodes whose FLOPs or output size are unknown
 */
record GraphLayers(List<ProfiledLayer> layers, long inputBytes, List<String> unknown) {

  static final int NAME_MAX = 200;

  static GraphLayers of(OnnxGraph graph) {
    List<GraphNode> compute = graph.computeNodes();
    Map<String, Integer> index = new HashMap<>();
    compute.forEach(n -> index.put(n.name(), index.size()));
    List<ProfiledLayer> layers = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (GraphNode node : compute) {
      TreeSet<Integer> inputs = new TreeSet<>();
      node.inputs().stream()
          .map(t -> graph.tensor(t).producer())
          .filter(index::containsKey)
          .forEach(p -> inputs.add(index.get(p)));
      if (node.flops().isEmpty() || node.outputBytes().isEmpty()) {
        unknown.add(node.name() + " (" + node.opType() + ")");
      }
      Double gflops = node.flops().isPresent() ? node.flops().getAsLong() / 1e9 : null;
      Long bytes = node.outputBytes().isPresent() ? node.outputBytes().getAsLong() : null;
      layers.add(
          new ProfiledLayer(
              name(node), gflops, bytes, List.copyOf(inputs), Map.of(), node.opType()));
    }
    long inputBytes =
        graph.tensors().values().stream()
            .filter(t -> t.origin() == TensorOrigin.GRAPH_INPUT)
            .map(TensorInfo::bytes)
            .mapToLong(b -> b.orElse(0))
            .sum();
    return new GraphLayers(List.copyOf(layers), inputBytes, List.copyOf(unknown));
  }

  /** The same layers, each with {@code ms.get(i)} under {@code hardware} in its measured times. */
  List<ProfiledLayer> timed(String hardware, List<Double> ms) {
    List<ProfiledLayer> timed = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      ProfiledLayer l = layers.get(i);
      timed.add(l.withMeasuredMs(Map.of(hardware, ms.get(i))));
    }
    return timed;
  }

  private static String name(GraphNode node) {
    return node.name().length() <= NAME_MAX ? node.name() : node.name().substring(0, NAME_MAX);
  }
}
