package io.edgewise.fleet;

/** How many devices a fleet has, and how many of them are online. */
public record DeviceCounts(long total, long online) {
  public static final DeviceCounts NONE = new DeviceCounts(0, 0);
}
