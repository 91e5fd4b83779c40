package io.edgewise.planning;

import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.planning.calibration.OpFamily;
import io.edgewise.registry.ProfiledLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A profile's layers as calibration sees them: each measured time of a layer whose work and tensor
 * sizes are known becomes a sample of that hardware key, with the bytes the layer moves as its
 * size's second feature.
 */
public final class MeasuredLayers {

  private MeasuredLayers() {}

  /**
   * Megabytes layer {@code index} reads and writes: the outputs of the layers it reads (the model's
   * input when it reads none) and its own output; null when any of them is unknown.
   */
  public static Double megabytesMoved(List<ProfiledLayer> layers, long inputBytes, int index) {
    ProfiledLayer layer = layers.get(index);
    if (layer.outputBytes() == null) {
      return null;
    }
    long bytes = layer.outputBytes();
    if (layer.inputs().isEmpty()) {
      bytes += inputBytes;
    }
    for (int input : layer.inputs()) {
      Long read = input >= 0 && input < layers.size() ? layers.get(input).outputBytes() : null;
      if (read == null) {
        return null;
      }
      bytes += read;
    }
    return bytes / 1e6;
  }

  /**
   * Adds the samples of one profile of {@code model} to {@code into}, by hardware key; layers with
   * unknown work or sizes and times that are not positive (a clamped noisy difference) are left
   * out.
   */
  public static void addSamples(
      String model,
      long inputBytes,
      List<ProfiledLayer> layers,
      Map<String, List<LayerSample>> into) {
    for (int i = 0; i < layers.size(); i++) {
      ProfiledLayer layer = layers.get(i);
      Double megabytes = megabytesMoved(layers, inputBytes, i);
      if (layer.gflops() == null || megabytes == null) {
        continue;
      }
      OpFamily family = OpFamily.of(layer.op());
      layer
          .measuredMs()
          .forEach(
              (hardware, ms) -> {
                if (ms != null && ms > 0) {
                  into.computeIfAbsent(hardware, h -> new ArrayList<>())
                      .add(new LayerSample(model, family, layer.gflops(), megabytes, ms));
                }
              });
    }
  }
}
