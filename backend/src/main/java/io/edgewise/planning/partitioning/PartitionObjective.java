package io.edgewise.planning.partitioning;

/**
 * What a partition optimises; the last two hold a latency SLO (Neurosurgeon's energy goal, Edgent's
 * accuracy goal).
 */
public enum PartitionObjective {
  /** The smallest end-to-end latency. */
  MIN_LATENCY,
  /** The least device energy among plans within the latency SLO. */
  MIN_DEVICE_ENERGY,
  /**
   * The most accurate exit (and split) within the latency SLO, ties to the lower latency (Edgent).
   */
  MAX_ACCURACY
}
