package io.edgewise.planning.partitioning;

/**
 * The chosen plan beside the fixed-tier baselines operators use today (full model, every layer on
 * one tier).
 *
 * @param cloudOnly null when the request has no cloud tier
 * @param method how {@code best} was found: "chain-scan", "min-cut", "exhaustive" or "heuristic"
 * @param exact whether {@code best} is proven optimal for the objective
 */
public record PartitionResult(
    PartitionPlan best,
    PartitionPlan deviceOnly,
    PartitionPlan edgeOnly,
    PartitionPlan cloudOnly,
    String method,
    boolean exact) {}
