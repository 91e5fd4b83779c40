package io.edgewise.planning.partitioning;

import java.util.List;

/**
 * The partitioner's own pricing ({@link PlanEvaluator}) of a tier assignment the caller chooses,
 * for tests that compare every cut's prediction with a measurement.
 */
public final class CutPricing {

  private CutPricing() {}

  /** The full model run with layer {@code k} on {@code tiers.get(k)}. */
  public static PartitionPlan price(PartitionRequest request, List<Tier> tiers) {
    ExecutedModel full = ExecutedModel.all(request).get(0);
    if (tiers.size() != full.size()) {
      throw new IllegalArgumentException(
          "the model has " + full.size() + " layers, not " + tiers.size());
    }
    return new PlanEvaluator(request).evaluate(full, tiers.toArray(Tier[]::new));
  }
}
