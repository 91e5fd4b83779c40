package io.edgewise.planning.lab.caching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws a non-homogeneous Poisson request stream by thinning (Lewis and Shedler, 1979): candidates
 * arrive at the total peak rate, pick an item in proportion to its peak weight, and are kept with
 * probability {@code acceptance(item, time)}, the item's current rate over its peak.
 */
final class ThinningSampler {

  /** An item's current rate as a fraction of its peak, in [0, 1]. */
  interface Acceptance {
    double at(int item, double timeSeconds);
  }

  private ThinningSampler() {}

  static List<Request> sample(
      Random random,
      String prefix,
      long[] sizes,
      double[] peakWeights,
      double peakRequestsPerSecond,
      double startSeconds,
      double endSeconds,
      Acceptance acceptance) {
    double[] cumulative = new double[peakWeights.length];
    double total = 0;
    for (int k = 0; k < peakWeights.length; k++) {
      total += peakWeights[k];
      cumulative[k] = total;
    }
    List<Request> requests = new ArrayList<>();
    double t = startSeconds;
    while (true) {
      t += -Math.log(1 - random.nextDouble()) / peakRequestsPerSecond;
      if (t >= endSeconds) {
        return requests;
      }
      int found = Arrays.binarySearch(cumulative, random.nextDouble() * total);
      int item = Math.min(peakWeights.length - 1, found >= 0 ? found + 1 : -found - 1);
      if (random.nextDouble() < acceptance.at(item, t)) {
        requests.add(new Request(t, prefix + item, sizes[item]));
      }
    }
  }

  /** Sizes log-uniform in [min, max]: model and object sizes span orders of magnitude. */
  static long[] sizes(Random random, TraceShape workload, int count) {
    long[] sizes = new long[count];
    double low = Math.log(workload.minBytes());
    double high = Math.log(workload.maxBytes());
    for (int k = 0; k < count; k++) {
      sizes[k] = Math.max(1, Math.round(Math.exp(low + random.nextDouble() * (high - low))));
    }
    return sizes;
  }

  /** Zipf weight of each rank: {@code 1 / (rank + 1)^s}. */
  static double[] zipf(int count, double exponent) {
    double[] weights = new double[count];
    for (int r = 0; r < count; r++) {
      weights[r] = 1 / Math.pow(r + 1, exponent);
    }
    return weights;
  }

  /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
  static int[] permutation(Random random, int n) {
    int[] p = new int[n];
    for (int k = 0; k < n; k++) {
      p[k] = k;
    }
    for (int k = n - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int swap = p[k];
      p[k] = p[j];
      p[j] = swap;
    }
    return p;
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
