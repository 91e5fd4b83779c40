package io.edgewise.planning.placement;

/**
 * A workload (or some of its replicas) the plan could not place, with a reason an operator can act
 * on.
 */
public record Unplaced(String workloadId, String reason) {}
