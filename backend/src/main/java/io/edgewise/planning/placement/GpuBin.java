package io.edgewise.planning.placement;

/**
 * A GPU as the solver sees it: integer capacities (MiB, parts per million of utilisation) so every
 * engine agrees exactly.
 */
public final class GpuBin {
  static final long PPM = 1_000_000;

  public final int index;
  final GpuSlot slot;
  final int siteIndex;
  final int nodeIndex;
  final long capacityMib;
  final long backgroundPpm;
  final long capPpm;

  /**
   * Soft cost of using this GPU at all; above the total network cost, so GPUs used dominates
   * network latency.
   */
  final long openCost;

  GpuBin(
      int index, GpuSlot slot, int siteIndex, int nodeIndex, double utilizationCap, long openCost) {
    this.index = index;
    this.slot = slot;
    this.siteIndex = siteIndex;
    this.nodeIndex = nodeIndex;
    this.capacityMib = slot.freeMemoryMib();
    this.backgroundPpm = Math.round(slot.backgroundUtilization() * PPM);
    this.capPpm = (long) Math.floor(utilizationCap * PPM);
    this.openCost = openCost;
  }

  double speed() {
    return slot.speed();
  }

  @Override
  public String toString() {
    return slot.id();
  }
}
