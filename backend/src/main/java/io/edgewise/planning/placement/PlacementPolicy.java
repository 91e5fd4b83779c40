package io.edgewise.planning.placement;

/** Decides which GPU serves each workload replica. */
public interface PlacementPolicy {
  String name();

  PlacementPlan place(PlacementProblem problem);
}
