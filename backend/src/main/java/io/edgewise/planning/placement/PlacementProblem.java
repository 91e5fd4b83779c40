package io.edgewise.planning.placement;

import java.util.HashSet;
import java.util.List;

/**
 * GPUs, the workloads to put on them, the RTT between sites and the utilisation ceiling of every
 * GPU.
 *
 * @param utilizationCap the largest total utilisation a GPU may reach (Kubernetes-style headroom),
 *     default 0.8
 */
public record PlacementProblem(
    List<GpuSlot> gpus, List<Workload> workloads, SiteLatency latency, double utilizationCap) {

  public static final double DEFAULT_UTILIZATION_CAP = 0.8;

  public PlacementProblem {
    if (gpus == null || workloads == null || latency == null) {
      throw new IllegalArgumentException(
          "a placement problem needs GPUs, workloads and site latencies");
    }
    if (!(utilizationCap > 0 && utilizationCap < 1)) {
      throw new IllegalArgumentException(
          "the utilisation cap must be in (0, 1), got " + utilizationCap);
    }
    gpus = List.copyOf(gpus);
    workloads = List.copyOf(workloads);
    requireUniqueIds(gpus.stream().map(GpuSlot::id).toList(), "GPU");
    requireUniqueIds(workloads.stream().map(Workload::id).toList(), "workload");
  }

  public PlacementProblem(List<GpuSlot> gpus, List<Workload> workloads, SiteLatency latency) {
    this(gpus, workloads, latency, DEFAULT_UTILIZATION_CAP);
  }

  private static void requireUniqueIds(List<String> ids, String kind) {
    var seen = new HashSet<String>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate " + kind + " id " + id);
      }
    }
  }
}
