package io.edgewise.planning.partitioning.profiles;

import java.util.List;

/**
 * A model's layer graph with FLOPs and output sizes, its exits and its full-model accuracy
 * (ImageNet top-1).
 *
 * @param inputBytes bytes of the input tensor (224×224×3 float32 for the reference models)
 */
public record ModelProfile(
    String name, long inputBytes, List<LayerSpec> layers, List<ExitSpec> exits, double accuracy) {

  public ModelProfile {
    if (name == null
        || inputBytes < 0
        || layers == null
        || layers.isEmpty()
        || !(accuracy >= 0 && accuracy <= 1)) {
      throw new IllegalArgumentException(
          "model profile needs a name, input bytes >= 0, layers and accuracy in [0, 1]");
    }
    layers = List.copyOf(layers);
    exits = exits == null ? List.of() : List.copyOf(exits);
  }

  public double totalGflops() {
    return layers.stream().mapToDouble(LayerSpec::gflops).sum();
  }
}
