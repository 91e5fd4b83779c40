package io.edgewise.planning.placement;

import java.util.Map;
import java.util.Set;

/**
 * A deployment to place: a model served by {@code replicas} copies on different nodes, its load
 * split evenly.
 *
 * @param serviceMsByBatch {@code [b-1]} = reference-GPU milliseconds for a batch of {@code b};
 *     length >= 1
 * @param requestsPerSecondBySite where the requests come from
 * @param fixedLatencyMs the parts outside the GPU: device compute, uplink serialisation…
 * @param replicas copies, each on a different node
 * @param allowedSiteIds the sites whose GPUs may serve it (an operator's target sites); empty = any
 *     site
 * @param serviceCv coefficient of variation of one batch's service time (standard deviation / mean;
 *     0 = deterministic), which {@link SharedGpuQueue} takes as gamma-distributed; {@link
 *     #DEFAULT_SERVICE_CV} when only a profiled mean is known
 */
public record Workload(
    String id,
    long memoryMib,
    double[] serviceMsByBatch,
    Map<String, Double> requestsPerSecondBySite,
    double latencySloMs,
    double fixedLatencyMs,
    int replicas,
    Set<String> allowedSiteIds,
    double serviceCv) {

  /**
   * A profiled service time is a mean. Inference on a GPU of its own varies little (clock and
   * memory jitter, input-dependent post-processing such as NMS); 0.25 leaves room for that, and a
   * measured spread replaces it.
   */
  public static final double DEFAULT_SERVICE_CV = 0.25;

  /** A workload whose service time spread is {@link #DEFAULT_SERVICE_CV}. */
  public Workload(
      String id,
      long memoryMib,
      double[] serviceMsByBatch,
      Map<String, Double> requestsPerSecondBySite,
      double latencySloMs,
      double fixedLatencyMs,
      int replicas,
      Set<String> allowedSiteIds) {
    this(
        id,
        memoryMib,
        serviceMsByBatch,
        requestsPerSecondBySite,
        latencySloMs,
        fixedLatencyMs,
        replicas,
        allowedSiteIds,
        DEFAULT_SERVICE_CV);
  }

  public Workload {
    if (id == null) {
      throw new IllegalArgumentException("a workload needs an id");
    }
    if (memoryMib <= 0) {
      throw new IllegalArgumentException("workload " + id + ": memory must be > 0");
    }
    if (serviceMsByBatch == null || serviceMsByBatch.length == 0) {
      throw new IllegalArgumentException(
          "workload " + id + ": needs the service time of batch size 1 at least");
    }
    for (double ms : serviceMsByBatch) {
      if (!(ms > 0) || Double.isInfinite(ms)) {
        throw new IllegalArgumentException("workload " + id + ": service times must be positive");
      }
    }
    serviceMsByBatch = serviceMsByBatch.clone();
    allowedSiteIds = Set.copyOf(allowedSiteIds == null ? Set.of() : allowedSiteIds);
    requestsPerSecondBySite =
        Map.copyOf(requestsPerSecondBySite == null ? Map.of() : requestsPerSecondBySite);
    for (double rps : requestsPerSecondBySite.values()) {
      if (!(rps >= 0) || Double.isInfinite(rps)) {
        throw new IllegalArgumentException("workload " + id + ": request rates must be >= 0");
      }
    }
    if (!(latencySloMs > 0) || !(fixedLatencyMs >= 0) || replicas < 1) {
      throw new IllegalArgumentException(
          "workload " + id + ": needs SLO > 0, fixed latency >= 0 and replicas >= 1");
    }
    if (!(serviceCv >= 0) || Double.isInfinite(serviceCv)) {
      throw new IllegalArgumentException(
          "workload " + id + ": the service time's coefficient of variation must be >= 0");
    }
  }

  @Override
  public double[] serviceMsByBatch() {
    return serviceMsByBatch.clone();
  }

  /** Whether GPUs at {@code siteId} may serve it. */
  public boolean allowedAt(String siteId) {
    return allowedSiteIds.isEmpty() || allowedSiteIds.contains(siteId);
  }

  public double totalRequestsPerSecond() {
    return requestsPerSecondBySite.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
