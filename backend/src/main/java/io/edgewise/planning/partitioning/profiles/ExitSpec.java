package io.edgewise.planning.partitioning.profiles;

/**
 * A BranchyNet-style exit branch after a layer: its work and the accuracy it reaches (an
 * assumption, see each model).
 */
public record ExitSpec(int afterLayer, double gflops, double accuracy) {

  public ExitSpec {
    if (afterLayer < 0 || !(gflops >= 0) || !(accuracy >= 0 && accuracy <= 1)) {
      throw new IllegalArgumentException(
          "exit spec needs afterLayer >= 0, gflops >= 0 and accuracy in [0, 1]");
    }
  }
}
