package io.edgewise.planning.placement;

/**
 * One GPU a plan may use.
 *
 * @param speed relative throughput, 1.0 = the reference GPU; service times divide by it
 * @param reservedMemoryMib memory used outside the plan
 * @param backgroundUtilization utilisation outside the plan, 0..1
 */
public record GpuSlot(
    String id,
    String nodeId,
    String siteId,
    long memoryMib,
    double speed,
    long reservedMemoryMib,
    double backgroundUtilization) {

  public GpuSlot {
    if (id == null || nodeId == null || siteId == null) {
      throw new IllegalArgumentException("a GPU needs an id, a node and a site");
    }
    if (memoryMib <= 0 || reservedMemoryMib < 0 || reservedMemoryMib > memoryMib) {
      throw new IllegalArgumentException(
          "GPU " + id + ": memory must be > 0 and reserved memory within it");
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("GPU " + id + ": speed must be a positive number");
    }
    if (!(backgroundUtilization >= 0 && backgroundUtilization < 1)) {
      throw new IllegalArgumentException(
          "GPU " + id + ": background utilisation must be in [0, 1)");
    }
  }

  /** Memory the plan may fill. */
  public long freeMemoryMib() {
    return memoryMib - reservedMemoryMib;
  }
}
