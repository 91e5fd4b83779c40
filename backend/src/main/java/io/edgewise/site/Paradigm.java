package io.edgewise.site;

/** The edge paradigm of a site (survey, section II). */
public enum Paradigm {
  /** A small cluster in a building, one or two hops from devices. */
  CLOUDLET,
  /** A gateway-level node near the devices. */
  FOG,
  /** Mobile edge computing at a cellular base station, one hop from devices. */
  MEC,
  /** The remote cloud tier. */
  CLOUD
}
