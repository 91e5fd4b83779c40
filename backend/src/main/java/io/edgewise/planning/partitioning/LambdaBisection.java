package io.edgewise.planning.partitioning;

import java.util.function.DoublePredicate;

/**
 * Bisects the Lagrange multiplier λ of "latency + λ × energy" against the SLO: the larger λ, the
 * more a plan trades latency for device energy, so the best plan within the SLO sits near the
 * largest λ whose plan still meets it. λ = 0 is tried first (the fastest cut; nothing to trade if
 * it misses the SLO), then {@link #MAX_LAMBDA} (everything traded; done if it meets the SLO), then
 * {@link #STEPS} halvings of log λ between {@link #MIN_LAMBDA} and {@link #MAX_LAMBDA}.
 */
final class LambdaBisection {

  static final double MIN_LAMBDA = 1e-4;
  static final double MAX_LAMBDA = 1e10;
  static final int STEPS = 24;

  private final DoublePredicate meetsSlo;

  /**
   * @param meetsSlo tries the plan at a λ (in ms per joule) and says whether it meets the SLO
   */
  LambdaBisection(DoublePredicate meetsSlo) {
    this.meetsSlo = meetsSlo;
  }

  /** The largest λ found whose plan meets the SLO, or 0 when even λ = 0 misses it. */
  double run() {
    if (!meetsSlo.test(0)) {
      return 0;
    }
    if (meetsSlo.test(MAX_LAMBDA)) {
      return MAX_LAMBDA;
    }
    double low = Math.log(MIN_LAMBDA);
    double high = Math.log(MAX_LAMBDA);
    double found = 0;
    for (int step = 0; step < STEPS; step++) {
      double middle = (low + high) / 2;
      if (meetsSlo.test(Math.exp(middle))) {
        low = middle;
        found = Math.exp(middle);
      } else {
        high = middle;
      }
    }
    return found;
  }
}
