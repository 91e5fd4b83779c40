package io.edgewise.planning;

/** Why a plan was computed. */
public enum PlanTrigger {
  MANUAL,
  NODE_STATUS,
  DEPLOYMENT_CHANGE,
  PROFILE_CHANGE,
  /** Measurements drifted from the plan's predictions (docs/algorithms.md). */
  DRIFT
}
