package io.edgewise.planning.placement;

/**
 * One workload as the solver sees it, with the latency model fixed up front.
 *
 * <p>Batching follows Nexus (Shen et al., SOSP'19): the largest batch {@code b} whose fill time
 * {@code (b-1)/λ} plus p95 service at the utilisation cap on a reference GPU at the nearest site
 * meets the SLO. Each GPU is an M/M/1 server of batches with service {@code S = ℓ(b)/speed}; the
 * p95 sojourn is {@code S·ln(20)/(1-ρ)} with {@code ρ} the GPU's total utilisation. The SLO on GPU
 * {@code g} then reads {@code ρ ≤ ρmax(w,g) = 1 - S·ln 20 / (SLO - fixed - RTT - fill)}, linear in
 * the GPU's load.
 */
public final class Demand {
  static final double LN_20 = Math.log(20);

  final Workload workload;
  final int index;
  final int batch;
  final double batchMs;
  final double fillMs;

  /** Request rate of one replica, milli-requests per second. */
  final long replicaRateMilli;

  private final double perRequestMs;
  private final double[] worstRttBySite;
  private final long[] networkBySite;

  Demand(
      Workload workload,
      int index,
      int batch,
      double fillMs,
      long replicaRateMilli,
      double[] worstRttBySite,
      long[] networkBySite) {
    this.workload = workload;
    this.index = index;
    this.batch = batch;
    this.batchMs = workload.serviceMsByBatch()[batch - 1];
    this.perRequestMs = batchMs / batch;
    this.fillMs = fillMs;
    this.replicaRateMilli = replicaRateMilli;
    this.worstRttBySite = worstRttBySite;
    this.networkBySite = networkBySite;
  }

  long memoryMib() {
    return workload.memoryMib();
  }

  /** Utilisation one replica adds to {@code gpu}, ppm, rounded up. */
  long loadPpm(GpuBin gpu) {
    return (long) Math.ceil(replicaRateMilli * perRequestMs / gpu.speed());
  }

  /**
   * The highest total utilisation of {@code gpu} at which this workload still meets its SLO there;
   * -1 if none.
   */
  long rhoMaxPpm(GpuBin gpu) {
    double budget = slackMs(gpu);
    if (budget <= 0) {
      return -1;
    }
    double rho = 1 - batchMs / gpu.speed() * LN_20 / budget;
    return rho <= 0 ? -1 : (long) Math.floor(rho * GpuBin.PPM);
  }

  /** SLO minus everything but queueing and service on {@code gpu}. */
  double slackMs(GpuBin gpu) {
    return workload.latencySloMs()
        - workload.fixedLatencyMs()
        - worstRttBySite[gpu.siteIndex]
        - fillMs;
  }

  double p95Ms(GpuBin gpu, long totalPpm) {
    double rho = totalPpm / (double) GpuBin.PPM;
    double queueing =
        rho >= 1 ? Double.POSITIVE_INFINITY : batchMs / gpu.speed() * LN_20 / (1 - rho);
    return workload.fixedLatencyMs() + worstRttBySite[gpu.siteIndex] + fillMs + queueing;
  }

  double worstRttMs(GpuBin gpu) {
    return worstRttBySite[gpu.siteIndex];
  }

  /** Σ over source sites of (replica's share of their rate) × RTT to {@code gpu}, milli-rps·ms. */
  long networkCost(GpuBin gpu) {
    return networkBySite[gpu.siteIndex];
  }

  long maxNetworkCost() {
    long max = 0;
    for (long cost : networkBySite) {
      max = Math.max(max, cost);
    }
    return max;
  }
}
