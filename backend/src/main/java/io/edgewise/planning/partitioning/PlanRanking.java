package io.edgewise.planning.partitioning;

/**
 * Orders plans for an objective: a plan within the SLO beats one outside it; among plans outside it
 * the faster wins (so an impossible SLO yields the minimum-latency plan); within it, the objective
 * decides, then latency, then accuracy. Values within a relative 1e-9 count as equal, so rounding
 * does not pick between equal plans.
 */
final class PlanRanking {

  private static final double RELATIVE_TIE = 1e-9;

  private PlanRanking() {}

  /** True when {@code a} is strictly better than {@code b} (or {@code b} is null). */
  static boolean better(PartitionPlan a, PartitionPlan b, PartitionObjective objective) {
    return b == null
        || compare(
                a.meetsSlo(),
                a.totalMs(),
                a.deviceEnergyJoules(),
                a.accuracy(),
                b.meetsSlo(),
                b.totalMs(),
                b.deviceEnergyJoules(),
                b.accuracy(),
                objective)
            < 0;
  }

  /** Negative when plan a (its SLO verdict, latency, energy, accuracy) ranks before plan b. */
  static int compare(
      boolean aMeets,
      double aMs,
      double aJoules,
      double aAccuracy,
      boolean bMeets,
      double bMs,
      double bJoules,
      double bAccuracy,
      PartitionObjective objective) {
    if (aMeets != bMeets) {
      return aMeets ? -1 : 1;
    }
    if (!aMeets || objective == PartitionObjective.MIN_LATENCY) {
      return firstDifference(lower(aMs, bMs), higher(aAccuracy, bAccuracy));
    }
    if (objective == PartitionObjective.MIN_DEVICE_ENERGY) {
      return firstDifference(
          lower(aJoules, bJoules), lower(aMs, bMs), higher(aAccuracy, bAccuracy));
    }
    return firstDifference(higher(aAccuracy, bAccuracy), lower(aMs, bMs));
  }

  static boolean tied(double a, double b) {
    return Math.abs(a - b) <= RELATIVE_TIE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static int lower(double a, double b) {
    return tied(a, b) ? 0 : Double.compare(a, b);
  }

  private static int higher(double a, double b) {
    return -lower(a, b);
  }

  private static int firstDifference(int... comparisons) {
    for (int c : comparisons) {
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
