package io.edgewise.planning.lab.hardware;

/** Where a piece of hardware usually sits. */
public enum HardwareTier {
  DEVICE,
  EDGE,
  CLOUD
}
