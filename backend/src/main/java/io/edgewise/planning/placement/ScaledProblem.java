package io.edgewise.planning.placement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PlacementProblem} indexed and scaled to integers once, shared by every policy, the
 * solver and the oracles.
 */
public final class ScaledProblem {
  final PlacementProblem problem;
  public final List<GpuBin> gpus;
  final List<Demand> demands;
  final int nodeCount;

  private ScaledProblem(
      PlacementProblem problem, List<GpuBin> gpus, List<Demand> demands, int nodeCount) {
    this.problem = problem;
    this.gpus = gpus;
    this.demands = demands;
    this.nodeCount = nodeCount;
  }

  public static ScaledProblem of(PlacementProblem problem) {
    Map<String, Integer> sites = new LinkedHashMap<>();
    Map<String, Integer> nodes = new LinkedHashMap<>();
    problem.gpus().forEach(g -> sites.putIfAbsent(g.siteId(), sites.size()));
    problem
        .workloads()
        .forEach(
            w ->
                w.requestsPerSecondBySite().keySet().stream()
                    .sorted()
                    .forEach(s -> sites.putIfAbsent(s, sites.size())));
    List<String> siteIds = new ArrayList<>(sites.keySet());
    double[][] rtt = rttMatrix(problem.latency(), siteIds);

    List<Demand> demands = new ArrayList<>();
    long totalNetwork = 0;
    for (Workload w : problem.workloads()) {
      double[] worst = new double[sites.size()];
      long[] network = new long[sites.size()];
      for (var source : w.requestsPerSecondBySite().entrySet()) {
        int from = sites.get(source.getKey());
        for (int to = 0; to < sites.size(); to++) {
          if (source.getValue() > 0) {
            worst[to] = Math.max(worst[to], rtt[from][to]);
          }
          network[to] += Math.round(source.getValue() / w.replicas() * rtt[from][to] * 1000);
        }
      }
      for (int to = 0; to < siteIds.size(); to++) {
        if (!w.allowedAt(siteIds.get(to))) {
          worst[to] =
              Double.POSITIVE_INFINITY; // no SLO slack outside the target sites: a hard "not here"
          // for every engine
        }
      }
      double nearestRtt =
          problem.gpus().stream().mapToDouble(g -> worst[sites.get(g.siteId())]).min().orElse(0);
      long replicaRateMilli = Math.round(w.totalRequestsPerSecond() * 1000 / w.replicas());
      Demand demand =
          NexusBatching.demand(
              w,
              demands.size(),
              replicaRateMilli,
              nearestRtt,
              problem.utilizationCap(),
              worst,
              network);
      demands.add(demand);
      totalNetwork += demand.maxNetworkCost() * w.replicas();
    }
    List<GpuBin> gpus = new ArrayList<>();
    for (GpuSlot slot : problem.gpus()) {
      int node = nodes.computeIfAbsent(slot.nodeId(), n -> nodes.size());
      gpus.add(
          new GpuBin(
              gpus.size(),
              slot,
              sites.get(slot.siteId()),
              node,
              problem.utilizationCap(),
              totalNetwork + 1));
    }
    return new ScaledProblem(problem, List.copyOf(gpus), List.copyOf(demands), nodes.size());
  }

  /** Fresh planning entities, one per replica, in workload order. */
  public List<Replica> replicas() {
    List<Replica> replicas = new ArrayList<>();
    for (Demand d : demands) {
      for (int k = 0; k < d.workload.replicas(); k++) {
        replicas.add(new Replica(d, k));
      }
    }
    return replicas;
  }

  private static double[][] rttMatrix(SiteLatency latency, List<String> sites) {
    double[][] rtt = new double[sites.size()][sites.size()];
    for (int i = 0; i < sites.size(); i++) {
      for (int j = 0; j < sites.size(); j++) {
        double ms = i == j ? 0 : latency.rttMs(sites.get(i), sites.get(j));
        if (!(ms >= 0) || Double.isInfinite(ms)) {
          throw new IllegalArgumentException(
              "RTT from " + sites.get(i) + " to " + sites.get(j) + " must be >= 0, got " + ms);
        }
        rtt[i][j] = ms;
      }
    }
    return rtt;
  }
}
