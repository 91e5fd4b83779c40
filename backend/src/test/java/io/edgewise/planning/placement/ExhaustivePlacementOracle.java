package io.edgewise.planning.placement;

import java.time.Duration;
import java.util.List;

/**
 * Every assignment of every replica to every GPU or none: the check on CP-SAT itself for very small
 * cases.
 */
final class ExhaustivePlacementOracle {
  private ExhaustivePlacementOracle() {}

  static PlacementScore best(PlacementProblem problem) {
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    int options = scaled.gpus.size() + 1;
    long combinations = (long) Math.pow(options, replicas.size());
    PlacementScore best = null;
    for (long code = 0; code < combinations; code++) {
      long rest = code;
      long unplacedMilli = 0;
      for (Replica r : replicas) {
        int choice = (int) (rest % options);
        rest /= options;
        r.assign(choice == 0 ? null : scaled.gpus.get(choice - 1));
        unplacedMilli += choice == 0 ? r.demand().replicaRateMilli : 0;
      }
      PlacementScore score = PlanAssembler.assemble(scaled, replicas, Duration.ZERO).score();
      boolean feasible = score.unservedRps() == unplacedMilli / 1000.0;
      if (feasible && (best == null || score.compareTo(best) < 0)) {
        best = score;
      }
    }
    return best;
  }
}
