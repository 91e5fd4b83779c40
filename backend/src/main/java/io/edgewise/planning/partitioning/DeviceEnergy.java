package io.edgewise.planning.partitioning;

/**
 * The device's energy model (Neurosurgeon's energy objective): compute power while it runs layers
 * and radio energy per megabyte (10^6 bytes) it uplinks.
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

  /** Joules for {@code deviceMs} of compute and {@code bytesUplinked} sent by the radio. */
  public double joules(double deviceMs, long bytesUplinked) {
    return computeWatts * deviceMs / 1000.0 + radioJoulesPerMegabyte * bytesUplinked / 1e6;
  }
}
