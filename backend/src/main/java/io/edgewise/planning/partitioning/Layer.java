package io.edgewise.planning.partitioning;

/**
 * One layer of a chain DNN with its compute time on each tier and the size of its output.
 *
 * @param deviceMs compute time on the device class, milliseconds
 * @param edgeMs compute time on the edge GPU
 * @param cloudMs compute time on the cloud GPU
 * @param outputBytes bytes of the layer's output tensor (what a cut after it sends)
 */
public record Layer(String name, double deviceMs, double edgeMs, double cloudMs, long outputBytes) {

  public Layer {
    if (deviceMs < 0 || edgeMs < 0 || cloudMs < 0 || outputBytes < 0) {
      throw new IllegalArgumentException(
          "layer " + name + ": times and sizes must not be negative");
    }
  }

  double msOn(Tier tier) {
    return switch (tier) {
      case DEVICE -> deviceMs;
      case EDGE -> edgeMs;
      case CLOUD -> cloudMs;
    };
  }
}
