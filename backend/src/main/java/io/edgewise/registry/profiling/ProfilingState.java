package io.edgewise.registry.profiling;

/** Where a profiling job stands. At most one job per version is QUEUED or RUNNING. */
public enum ProfilingState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
