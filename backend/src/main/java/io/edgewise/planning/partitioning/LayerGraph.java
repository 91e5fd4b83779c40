package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A DNN's layers in topological order; the last layer produces the model's output. Every other
 * layer must be read by a later one, so no layer is computed for nothing.
 *
 * @param inputBytes bytes of the model input, which starts on the device
 */
public record LayerGraph(long inputBytes, List<GraphLayer> layers) {

  public LayerGraph {
    if (inputBytes < 0 || layers == null || layers.isEmpty()) {
      throw new IllegalArgumentException(
          "a layer graph needs input bytes >= 0 and at least one layer");
    }
    layers = List.copyOf(layers);
    boolean[] read = new boolean[layers.size()];
    for (int k = 0; k < layers.size(); k++) {
      for (int input : layers.get(k).inputs()) {
        if (input < 0 || input >= k) {
          throw new IllegalArgumentException(
              "layer "
                  + k
                  + " ("
                  + layers.get(k).name()
                  + ") reads layer "
                  + input
                  + ": inputs must be earlier layers (topological order)");
        }
        read[input] = true;
      }
    }
    for (int k = 0; k < layers.size() - 1; k++) {
      if (!read[k]) {
        throw new IllegalArgumentException(
            "layer "
                + k
                + " ("
                + layers.get(k).name()
                + ") is read by no later layer; only the last layer may be the output");
      }
    }
  }

  /** A chain: each layer reads the one before it (Neurosurgeon's model shape). */
  public static LayerGraph chain(long inputBytes, List<Layer> layers) {
    if (layers == null) {
      throw new IllegalArgumentException("a chain needs layers");
    }
    return new LayerGraph(
        inputBytes,
        IntStream.range(0, layers.size()).mapToObj(k -> GraphLayer.of(layers.get(k), k)).toList());
  }

  /**
   * True when layer 0 reads the model input and every later layer reads exactly the layer before
   * it.
   */
  public boolean isChain() {
    for (int k = 0; k < layers.size(); k++) {
      if (!layers.get(k).inputs().equals(k == 0 ? List.of() : List.of(k - 1))) {
        return false;
      }
    }
    return true;
  }

  public int size() {
    return layers.size();
  }

  /**
   * For every layer, the later layers that read it; index {@code size()} lists the readers of the
   * model input.
   */
  List<int[]> consumers() {
    List<List<Integer>> readers = new ArrayList<>();
    for (int k = 0; k <= layers.size(); k++) {
      readers.add(new ArrayList<>());
    }
    for (int k = 0; k < layers.size(); k++) {
      List<Integer> inputs = layers.get(k).inputs();
      if (inputs.isEmpty()) {
        readers.get(layers.size()).add(k);
      }
      for (int input : inputs) {
        readers.get(input).add(k);
      }
    }
    return readers.stream().map(r -> r.stream().mapToInt(Integer::intValue).toArray()).toList();
  }
}
