package io.edgewise.deployment;

/** Lifecycle of a deployment. */
public enum DeploymentStatus {
  /** Created; waiting for a plan. */
  PENDING,
  /** Planned and served. */
  ACTIVE,
  /** Kept, but not served. */
  PAUSED,
  /** Cannot be served; the plan says why. */
  FAILED
}
