package io.edgewise.planning.placement;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Why a workload's replicas found no GPU, checked in the order an operator would fix them. */
final class UnplacedReasons {
  private UnplacedReasons() {}

  static String explain(ScaledProblem problem, Demand d, int missing) {
    String prefix =
        missing == d.workload.replicas()
            ? ""
            : missing + " of " + d.workload.replicas() + " replicas: ";
    if (problem.gpus.stream().noneMatch(g -> d.workload.allowedAt(g.slot.siteId()))) {
      return prefix
          + "no GPU of an ONLINE node at its target sites "
          + new TreeSet<>(d.workload.allowedSiteIds());
    }
    long largest =
        problem.gpus.stream()
            .filter(g -> d.workload.allowedAt(g.slot.siteId()))
            .mapToLong(g -> g.capacityMib)
            .max()
            .orElse(0);
    if (d.memoryMib() > largest) {
      return prefix
          + String.format(
              Locale.ROOT,
              "needs %,d MiB; the largest free GPU has %,d MiB",
              d.memoryMib(),
              largest);
    }
    var roomy =
        problem.gpus.stream()
            .filter(g -> g.capacityMib >= d.memoryMib() && d.workload.allowedAt(g.slot.siteId()))
            .toList();
    double bestSlack = roomy.stream().mapToDouble(d::slackMs).max().orElse(0);
    if (bestSlack <= 0) {
      double nearest = roomy.stream().mapToDouble(d::worstRttMs).min().orElse(0);
      return prefix
          + String.format(
              Locale.ROOT,
              "RTT budget: SLO %.0f ms minus fixed %.1f ms and batch fill %.1f ms leaves no room"
                  + " after the nearest GPU's %.1f ms RTT",
              d.workload.latencySloMs(),
              d.workload.fixedLatencyMs(),
              d.fillMs,
              nearest);
    }
    var hosts = roomy.stream().filter(g -> fitsEmpty(d, g)).toList();
    if (hosts.isEmpty()) {
      boolean overCap = roomy.stream().allMatch(g -> g.backgroundPpm + d.loadPpm(g) > g.capPpm);
      return prefix
          + (overCap
              ? String.format(
                  Locale.ROOT,
                  "one replica needs %.0f%% of the fastest GPU that can hold it, above the %.0f%%"
                      + " utilization cap; add replicas",
                  roomy.stream().mapToLong(d::loadPpm).min().orElse(0) / 1e4,
                  problem.problem.utilizationCap() * 100)
              : String.format(
                  Locale.ROOT,
                  "even an idle GPU misses the %.0f ms SLO (p95 service and queueing at this load)",
                  d.workload.latencySloMs()));
    }
    long nodes = hosts.stream().mapToInt(g -> g.nodeIndex).distinct().count();
    if (nodes < d.workload.replicas()) {
      return prefix
          + String.format(
              Locale.ROOT,
              "needs %d replicas on different nodes; only %d nodes can host it",
              d.workload.replicas(),
              nodes);
    }
    return prefix
        + String.format(
            Locale.ROOT,
            "all %d GPUs that could host it are full (memory, the %.0f%% utilization cap or their"
                + " residents' SLOs)",
            hosts.size(),
            problem.problem.utilizationCap() * 100);
  }

  /** Alone on {@code g} (with its background), within the cap and its SLO. */
  static boolean fitsEmpty(Demand d, GpuBin g) {
    return g.backgroundPpm + d.loadPpm(g) <= g.capPpm
        && SharedGpuQueue.waitMicros(g, List.of(d)) <= d.waitBudgetMicros(g);
  }
}
