package io.edgewise.deployment;

/** What the planner optimises for a deployment, within its latency SLO where one applies. */
public enum Objective {
  /** Lowest end-to-end latency (Neurosurgeon). */
  MIN_LATENCY,
  /** Least energy on the device among plans that meet the SLO (battery-powered fleets). */
  MIN_DEVICE_ENERGY,
  /**
   * Highest accuracy, choosing early exit and split together, among plans that meet the SLO
   * (Edgent).
   */
  MAX_ACCURACY
}
