package io.edgewise.planning.placement;

import java.util.Arrays;

/**
 * One workload as the solver sees it, with its batch size ({@link NexusBatching}) fixed up front.
 *
 * <p>Its p95 on GPU {@code g} is fixed + worst RTT + batch fill {@code (b−1)/λ} + the wait quantile
 * of the GPU's shared queue + its own service quantile ({@link SharedGpuQueue}). The SLO therefore
 * holds on {@code g} when the GPU's wait quantile is within this workload's wait budget: SLO minus
 * everything else, a constant per GPU.
 */
public final class Demand {

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

  /** Wait budgets by GPU index, filled on first use: the filters ask for them on every move. */
  private long[] budgetByGpu = new long[0];

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

  /** One batch's mean service time on {@code gpu}, ms. */
  double serviceMs(GpuBin gpu) {
    return batchMs / gpu.speed();
  }

  /**
   * What the GPU's wait quantile may reach for this workload to meet its SLO there, µs rounded
   * down; negative when nothing is left.
   */
  long waitBudgetMicros(GpuBin gpu) {
    if (gpu.index < 0) {
      return budgetMicros(gpu);
    }
    if (gpu.index >= budgetByGpu.length) {
      long[] grown = Arrays.copyOf(budgetByGpu, gpu.index + 1);
      Arrays.fill(grown, budgetByGpu.length, grown.length, Long.MIN_VALUE);
      budgetByGpu = grown;
    }
    if (budgetByGpu[gpu.index] == Long.MIN_VALUE) {
      budgetByGpu[gpu.index] = budgetMicros(gpu);
    }
    return budgetByGpu[gpu.index];
  }

  private long budgetMicros(GpuBin gpu) {
    double budget = slackMs(gpu) - SharedGpuQueue.serviceMs(serviceMs(gpu), workload.serviceCv());
    return budget < 0 ? -1 : (long) Math.floor(budget * 1000);
  }

  /** SLO minus everything but queueing and service on {@code gpu}. */
  double slackMs(GpuBin gpu) {
    return workload.latencySloMs()
        - workload.fixedLatencyMs()
        - worstRttBySite[gpu.siteIndex]
        - fillMs;
  }

  /** End-to-end p95 on {@code gpu} when its shared queue's wait quantile is {@code waitMicros}. */
  double p95Ms(GpuBin gpu, long waitMicros) {
    double wait =
        waitMicros >= SharedGpuQueue.UNBOUNDED_MICROS
            ? Double.POSITIVE_INFINITY
            : waitMicros / 1000.0;
    return workload.fixedLatencyMs()
        + worstRttBySite[gpu.siteIndex]
        + fillMs
        + wait
        + SharedGpuQueue.serviceMs(serviceMs(gpu), workload.serviceCv());
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
