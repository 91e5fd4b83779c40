package io.edgewise.planning.placement;

/**
 * Batch size per workload, after Nexus (Shen et al., SOSP'19): of the batch sizes whose worst fill
 * time {@code (b−1)/λ} plus p95 sojourn in a queue filled to the utilisation cap with batches like
 * its own ({@link SharedGpuQueue}), on a reference GPU at the nearest site, still meet the SLO, the
 * one with the least GPU time per request (the fewest GPUs), the smaller on a tie; 1 when none
 * does. Measured curves need not be convex, so every size is weighed, not just the largest.
 */
final class NexusBatching {
  private NexusBatching() {}

  static Demand demand(
      Workload w,
      int index,
      long replicaRateMilli,
      double nearestRttMs,
      double cap,
      double[] worstRtt,
      long[] network) {
    double[] service = w.serviceMsByBatch();
    double budget = w.latencySloMs() - w.fixedLatencyMs() - nearestRttMs;
    double requestsPerMs = replicaRateMilli / 1e6;
    int best = 1;
    double bestFill = 0;
    for (int b = 2; b <= service.length && requestsPerMs > 0; b++) {
      double fill = (b - 1) / requestsPerMs;
      if (service[b - 1] / b < service[best - 1] / best
          && fill + p95AtCapMs(service[b - 1], w.serviceCv(), cap) <= budget) {
        best = b;
        bestFill = fill;
      }
    }
    return new Demand(w, index, best, bestFill, replicaRateMilli, worstRtt, network);
  }

  private static double p95AtCapMs(double serviceMs, double cv, double cap) {
    return SharedGpuQueue.waitAloneMs(cap, serviceMs, cv) + SharedGpuQueue.serviceMs(serviceMs, cv);
  }
}
