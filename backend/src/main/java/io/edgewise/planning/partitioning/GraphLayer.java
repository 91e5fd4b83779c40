package io.edgewise.planning.partitioning;

import java.util.List;

/**
 * One layer of a DNN drawn as a graph (DADS, Hu et al., INFOCOM'19): its compute time on each tier,
 * the size of its output tensor and the earlier layers it reads.
 *
 * @param deviceMs compute time on the device class, milliseconds
 * @param edgeMs compute time on the edge GPU
 * @param cloudMs compute time on the cloud GPU
 * @param outputBytes bytes of the output tensor, sent once over each link it crosses
 * @param inputs indices of earlier layers whose outputs it reads; empty means it reads the model
 *     input
 */
public record GraphLayer(
    String name,
    double deviceMs,
    double edgeMs,
    double cloudMs,
    long outputBytes,
    List<Integer> inputs) {

  public GraphLayer {
    if (name == null || inputs == null) {
      throw new IllegalArgumentException(
          "a layer needs a name and a (possibly empty) list of inputs");
    }
    if (!(deviceMs >= 0)
        || !(edgeMs >= 0)
        || !(cloudMs >= 0)
        || outputBytes < 0
        || Double.isInfinite(deviceMs + edgeMs + cloudMs)) {
      throw new IllegalArgumentException(
          "layer " + name + ": times and sizes must be finite and not negative");
    }
    inputs = List.copyOf(inputs);
    if (inputs.stream().distinct().count() != inputs.size()) {
      throw new IllegalArgumentException("layer " + name + ": an input is listed twice");
    }
  }

  /** A layer of a chain: reads the previous layer, or the model input when it is the first. */
  public static GraphLayer of(Layer layer, int index) {
    return new GraphLayer(
        layer.name(),
        layer.deviceMs(),
        layer.edgeMs(),
        layer.cloudMs(),
        layer.outputBytes(),
        index == 0 ? List.of() : List.of(index - 1));
  }

  double msOn(Tier tier) {
    return switch (tier) {
      case DEVICE -> deviceMs;
      case EDGE -> edgeMs;
      case CLOUD -> cloudMs;
    };
  }
}
