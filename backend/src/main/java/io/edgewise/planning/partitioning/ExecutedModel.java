package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The layers that actually run for one way out of the model: the full graph, or the ancestors of an
 * exit's layer with the exit branch's compute folded into that layer (the branch runs on its tier,
 * Edgent).
 *
 * @param graph the layers that run, re-indexed; its last layer is the full model's output or the
 *     exit's layer
 * @param original for each of those layers, its index in the request's graph
 * @param exitAfterLayer the exit's layer in the request's graph, or null for the full model
 * @param resultBytes the answer sent back to the device: the full model's output size for every way
 *     out, since an exit answers in the same form (class scores, boxes, a mask)
 */
record ExecutedModel(
    LayerGraph graph,
    int[] original,
    Integer exitAfterLayer,
    double accuracy,
    List<int[]> consumers,
    long resultBytes) {

  static List<ExecutedModel> all(PartitionRequest request) {
    LayerGraph graph = request.graph();
    int[] identity = IntStream.range(0, graph.size()).toArray();
    List<ExecutedModel> models = new ArrayList<>();
    models.add(
        new ExecutedModel(
            graph,
            identity,
            null,
            request.fullModelAccuracy(),
            graph.consumers(),
            outputBytes(graph)));
    for (EarlyExit exit : request.exits()) {
      models.add(upTo(graph, exit));
    }
    return models;
  }

  static ExecutedModel upTo(LayerGraph graph, EarlyExit exit) {
    int last = exit.afterLayer();
    boolean[] runs = new boolean[graph.size()];
    runs[last] = true;
    for (int k = last; k >= 0; k--) {
      if (runs[k]) {
        graph.layers().get(k).inputs().forEach(input -> runs[input] = true);
      }
    }
    int[] newIndex = new int[graph.size()];
    List<Integer> kept = new ArrayList<>();
    List<GraphLayer> layers = new ArrayList<>();
    for (int k = 0; k <= last; k++) {
      if (!runs[k]) {
        continue;
      }
      GraphLayer layer = graph.layers().get(k);
      List<Integer> inputs = layer.inputs().stream().map(input -> newIndex[input]).toList();
      layers.add(
          k == last
              ? new GraphLayer(
                  layer.name() + "+exit",
                  layer.deviceMs() + exit.deviceMs(),
                  layer.edgeMs() + exit.edgeMs(),
                  layer.cloudMs() + exit.cloudMs(),
                  layer.outputBytes(),
                  inputs)
              : new GraphLayer(
                  layer.name(),
                  layer.deviceMs(),
                  layer.edgeMs(),
                  layer.cloudMs(),
                  layer.outputBytes(),
                  inputs));
      newIndex[k] = kept.size();
      kept.add(k);
    }
    LayerGraph executed = new LayerGraph(graph.inputBytes(), layers);
    return new ExecutedModel(
        executed,
        kept.stream().mapToInt(Integer::intValue).toArray(),
        last,
        exit.accuracy(),
        executed.consumers(),
        outputBytes(graph));
  }

  private static long outputBytes(LayerGraph graph) {
    return graph.layers().get(graph.size() - 1).outputBytes();
  }

  int size() {
    return graph.size();
  }

  GraphLayer layer(int k) {
    return graph.layers().get(k);
  }

  /** The tier of the layer that answers (the last one run) in {@code tiers}. */
  Tier answeredOn(Tier[] tiers) {
    return tiers[size() - 1];
  }

  /** Bytes the device's radio receives when the answer comes from {@code answeredOn}. */
  long bytesDownloaded(Tier answeredOn) {
    return answeredOn == Tier.DEVICE ? 0 : resultBytes;
  }

  /** Bytes of tensor {@code u}: a layer's output, or the model input for {@code u == size()}. */
  long bytes(int u) {
    return u == size() ? graph.inputBytes() : layer(u).outputBytes();
  }

  /** The tensors layer {@code v} reads: its inputs, or the model input ({@code size()}). */
  int[] reads(int v) {
    List<Integer> inputs = layer(v).inputs();
    return inputs.isEmpty()
        ? new int[] {size()}
        : inputs.stream().mapToInt(Integer::intValue).toArray();
  }
}
