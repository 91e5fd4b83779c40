package io.edgewise.planning.partitioning;

import java.util.Set;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Splits a DAG's layers into a lower and an upper tier by an s–t min-cut (DADS, Hu et al.,
 * INFOCOM'19), using JGraphT's push-relabel max-flow. Source side = lower tier, sink side = upper
 * tier:
 *
 * <ul>
 *   <li>{@code s→v} carries v's upper-tier cost and {@code v→t} its lower-tier cost, so the cut
 *       pays the tier v lands on;
 *   <li>{@code v→u} is infinite for each input u of v, so no layer runs below an input (data only
 *       moves up);
 *   <li>a tensor with several readers gets an auxiliary node: {@code u→a} carries its transfer cost
 *       and {@code a→reader} is infinite, so the tensor is paid once however many upper-tier layers
 *       read it.
 * </ul>
 *
 * The model input is produced on the source. An upper cost of {@code POSITIVE_INFINITY} pins a
 * layer to the lower tier.
 */
final class MinCutSplit {

  private MinCutSplit() {}

  /**
   * True for the layers on the upper tier in a split of least total cost.
   *
   * @param tensorCost cost when tensor u (index {@code size()} = the model input) sits below some
   *     reader
   */
  static boolean[] upper(
      ExecutedModel model, double[] lowerCost, double[] upperCost, double[] tensorCost) {
    int n = model.size();
    int source = n;
    int sink = n + 1;
    double infinity = 1;
    for (int k = 0; k < n; k++) {
      infinity += lowerCost[k] + (Double.isInfinite(upperCost[k]) ? 0 : upperCost[k]);
    }
    for (double cost : tensorCost) {
      infinity += cost;
    }
    infinity *= 2;
    DefaultDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n + 2; v++) {
      graph.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      add(graph, source, v, Double.isInfinite(upperCost[v]) ? infinity : upperCost[v]);
      add(graph, v, sink, lowerCost[v]);
      for (int input : model.layer(v).inputs()) {
        add(graph, v, input, infinity);
      }
    }
    for (int u = 0; u <= n; u++) {
      int[] readers = model.consumers().get(u);
      int producer = u == n ? source : u;
      if (readers.length == 1) {
        add(graph, producer, readers[0], tensorCost[u]);
      } else if (readers.length > 1 && tensorCost[u] > 0) {
        int auxiliary = graph.vertexSet().size();
        graph.addVertex(auxiliary);
        add(graph, producer, auxiliary, tensorCost[u]);
        for (int reader : readers) {
          add(graph, auxiliary, reader, infinity);
        }
      }
    }
    PushRelabelMFImpl<Integer, DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(graph);
    flow.calculateMinCut(source, sink);
    Set<Integer> lower = flow.getSourcePartition();
    boolean[] upper = new boolean[n];
    for (int v = 0; v < n; v++) {
      upper[v] = !lower.contains(v);
    }
    return upper;
  }

  private static void add(
      DefaultDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph,
      int from,
      int to,
      double capacity) {
    if (capacity <= 0) {
      return;
    }
    DefaultWeightedEdge edge = graph.getEdge(from, to);
    if (edge == null) {
      graph.setEdgeWeight(graph.addEdge(from, to), capacity);
    } else {
      graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + capacity);
    }
  }
}
