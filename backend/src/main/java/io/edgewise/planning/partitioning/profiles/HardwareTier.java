package io.edgewise.planning.partitioning.profiles;

/** Where a piece of hardware usually sits. */
public enum HardwareTier {
  DEVICE,
  EDGE,
  CLOUD
}
