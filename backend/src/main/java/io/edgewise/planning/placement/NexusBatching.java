package io.edgewise.planning.placement;

/**
 * Batch size per workload, after Nexus (Shen et al., SOSP'19): the largest batch whose worst fill
 * time plus p95 service at the utilisation cap, on a reference GPU at the nearest site, still meets
 * the SLO; 1 otherwise.
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
    for (int b = service.length; b > 1; b--) {
      double fill = requestsPerMs > 0 ? (b - 1) / requestsPerMs : Double.POSITIVE_INFINITY;
      if (fill + service[b - 1] * Demand.LN_20 / (1 - cap) <= budget) {
        return new Demand(w, index, b, fill, replicaRateMilli, worstRtt, network);
      }
    }
    return new Demand(w, index, 1, 0, replicaRateMilli, worstRtt, network);
  }
}
