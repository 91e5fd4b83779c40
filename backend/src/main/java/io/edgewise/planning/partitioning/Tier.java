package io.edgewise.planning.partitioning;

/** Where a layer runs. Data flows forward only: device, then edge, then cloud. */
public enum Tier {
  DEVICE,
  EDGE,
  CLOUD
}
