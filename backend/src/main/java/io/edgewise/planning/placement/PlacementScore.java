package io.edgewise.planning.placement;

/**
 * The lexicographic objective of a plan, smaller is better: request rate not served within its SLO
 * first (unplaced, or placed on a GPU that breaks memory, the utilisation cap, anti-affinity or the
 * latency SLO), then GPUs used, then total network latency (request rate × RTT).
 *
 * @param unservedRps requests per second not served within their SLO
 * @param networkRpsMs Σ over placed requests of rate × RTT to the GPU's site
 */
public record PlacementScore(double unservedRps, int gpusUsed, double networkRpsMs)
    implements Comparable<PlacementScore> {

  @Override
  public int compareTo(PlacementScore other) {
    int byRate = Double.compare(unservedRps, other.unservedRps);
    if (byRate != 0) {
      return byRate;
    }
    int byGpus = Integer.compare(gpusUsed, other.gpusUsed);
    return byGpus != 0 ? byGpus : Double.compare(networkRpsMs, other.networkRpsMs);
  }

  /**
   * Relative gap to a better (e.g. optimal) score at the first level where they differ: unserved
   * rate relative to the total request rate, GPUs relative to the optimum's GPU count, network
   * relative to the optimum's.
   */
  public double gapTo(PlacementScore best, double totalRps) {
    if (Double.compare(unservedRps, best.unservedRps) != 0) {
      return (unservedRps - best.unservedRps) / Math.max(totalRps, 1e-9);
    }
    if (gpusUsed != best.gpusUsed) {
      return (gpusUsed - best.gpusUsed) / (double) Math.max(best.gpusUsed, 1);
    }
    return best.networkRpsMs == 0
        ? (networkRpsMs == 0 ? 0 : 1)
        : (networkRpsMs - best.networkRpsMs) / best.networkRpsMs;
  }
}
