package io.edgewise.planning.partitioning;

/**
 * An early-exit branch (BranchyNet, Teerapittayanon et al., ICPR'16; Edgent, Li et al.): it reads
 * layer {@code afterLayer}'s output, runs on that layer's tier, and the model stops there with
 * {@code accuracy}.
 *
 * @param deviceMs the branch's compute time on the device class; likewise {@code edgeMs}, {@code
 *     cloudMs}
 * @param accuracy the accuracy of the answer taken at this exit, in [0, 1]
 */
public record EarlyExit(
    int afterLayer, double deviceMs, double edgeMs, double cloudMs, double accuracy) {

  public EarlyExit {
    if (afterLayer < 0) {
      throw new IllegalArgumentException(
          "an exit must follow a layer (afterLayer >= 0), got " + afterLayer);
    }
    if (!(deviceMs >= 0)
        || !(edgeMs >= 0)
        || !(cloudMs >= 0)
        || Double.isInfinite(deviceMs + edgeMs + cloudMs)) {
      throw new IllegalArgumentException(
          "exit after layer " + afterLayer + ": times must be finite and not negative");
    }
    if (!(accuracy >= 0 && accuracy <= 1)) {
      throw new IllegalArgumentException(
          "exit after layer " + afterLayer + ": accuracy must be in [0, 1], got " + accuracy);
    }
  }
}
