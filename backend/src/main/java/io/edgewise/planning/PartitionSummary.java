package io.edgewise.planning;

import java.util.List;

/**
 * The partition of one deployment's model as stored with a plan: the tier of each layer, the early
 * exit, the predicted figures, and the same figures for running everything on one tier.
 *
 * @param method how it was found: chain-scan, min-cut, exhaustive or heuristic
 * @param exact whether the method guarantees the optimum
 * @param profileSource REFERENCE, ESTIMATED, MEASURED, or ARTIFACT when no profile exists and the
 *     model is one opaque layer
 * @param exitAfterLayer the layer whose early exit answers, null for the full model
 * @param cloudOnly null when the tenant has no cloud tier
 * @param partitionBudgetMs the part of the SLO the partition was chosen within, {@code SLO × (1 −
 *     queueing share)}; null in plans stored before the SLO was split
 * @param queueingBudgetMs the part of the SLO reserved for queueing at the GPU, {@code SLO ×
 *     queueing share}; null likewise
 */
public record PartitionSummary(
    String objective,
    String method,
    boolean exact,
    String profileSource,
    List<String> tiers,
    Integer exitAfterLayer,
    LatencyFigures plan,
    LatencyFigures deviceOnly,
    LatencyFigures edgeOnly,
    LatencyFigures cloudOnly,
    Double partitionBudgetMs,
    Double queueingBudgetMs) {}
