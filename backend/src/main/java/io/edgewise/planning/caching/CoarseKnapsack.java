package io.edgewise.planning.caching;

import java.util.List;

/**
 * 0/1 knapsack by dynamic programming on sizes rounded up to a unit of capacity / {@value #UNITS}
 * bytes: the fallback when branch and bound runs too long. Rounding up keeps the set feasible in
 * bytes.
 */
final class CoarseKnapsack {

  static final int UNITS = 100_000;

  private CoarseKnapsack() {}

  static boolean[] solve(List<ResidentCandidate> items, long capacityBytes) {
    long unit = Math.max(1, (capacityBytes + UNITS - 1) / UNITS);
    int slots = (int) (capacityBytes / unit);
    int n = items.size();
    double[] best = new double[slots + 1];
    boolean[][] took = new boolean[n][];
    for (int k = 0; k < n; k++) {
      ResidentCandidate item = items.get(k);
      int weight = (int) Math.min(slots + 1L, (item.sizeBytes() + unit - 1) / unit);
      took[k] = new boolean[slots + 1];
      for (int w = slots; w >= weight; w--) {
        double with = best[w - weight] + item.savedSecondsPerSecond();
        if (with > best[w]) {
          best[w] = with;
          took[k][w] = true;
        }
      }
    }
    boolean[] chosen = new boolean[n];
    int w = slots;
    for (int k = n - 1; k >= 0; k--) {
      if (took[k][w]) {
        chosen[k] = true;
        w -= (int) ((items.get(k).sizeBytes() + unit - 1) / unit);
      }
    }
    return chosen;
  }
}
