package io.edgewise.planning;

/** What a plan does with one deployment. */
public enum PlanOutcome {
  /** Its edge part runs on the listed GPUs. */
  PLACED,
  /**
   * Nothing runs on an edge GPU (device only, device and cloud, or cloud only): no placement
   * needed.
   */
  OFF_EDGE,
  /** It cannot be served within its constraints; the entry says why. */
  UNPLACED;

  /**
   * Whether a deployment with this outcome and predicted p95 meets its latency SLO (unplaced never
   * does).
   */
  public boolean meets(Double p95Ms, double sloMs) {
    return this != UNPLACED && p95Ms != null && p95Ms <= sloMs + 1e-9;
  }
}
