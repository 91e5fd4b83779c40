package io.edgewise.planning.lab.hardware;

/**
 * A compute target with its sustained (not peak) throughput on batch-1 CNN inference and its power
 * draw.
 *
 * @param sustainedGflops FLOPs per second it keeps up on conv/FC layers, in GFLOP/s
 * @param watts power draw while computing (for device energy)
 */
public record Hardware(
    String id, String displayName, HardwareTier tier, double sustainedGflops, double watts) {

  public Hardware {
    if (id == null
        || displayName == null
        || tier == null
        || !(sustainedGflops > 0)
        || !(watts >= 0)) {
      throw new IllegalArgumentException(
          "hardware needs an id, a name, a tier, sustained GFLOPS > 0 and watts >= 0");
    }
  }

  /** Milliseconds to run {@code gflops} of work at the sustained rate. */
  public double ms(double gflops) {
    return gflops / sustainedGflops * 1000;
  }
}
