package io.edgewise.planning.partitioning;

/**
 * The device's energy model (Neurosurgeon's energy objective): compute power while it runs layers
 * and radio energy per megabyte (10^6 bytes) it sends or receives (the uplinked tensors and the
 * downloaded answer alike; one figure for both directions).
 */
public record DeviceEnergy(double computeWatts, double radioJoulesPerMegabyte) {

  public DeviceEnergy {
    if (!(computeWatts >= 0)
        || !(radioJoulesPerMegabyte >= 0)
        || Double.isInfinite(computeWatts + radioJoulesPerMegabyte)) {
      throw new IllegalArgumentException(
          "device energy needs finite watts >= 0 and joules per megabyte >= 0");
    }
  }

  /** Joules for {@code deviceMs} of compute and {@code radioBytes} sent or received. */
  public double joules(double deviceMs, long radioBytes) {
    return computeWatts * deviceMs / 1000.0 + radioJoulesPerMegabyte * radioBytes / 1e6;
  }
}
