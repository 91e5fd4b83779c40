package io.edgewise.planning.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a partial plan has put on each GPU, so filters (Kubernetes-style) can ask "does this replica
 * still fit here?".
 */
public final class GpuLedger {
  private final ScaledProblem problem;
  private final long[] usedMib;
  private final long[] loadPpm;
  private final long[] tightestBudgetMicros;
  private final List<List<Demand>> residents = new ArrayList<>();

  /**
   * Replicas per (workload, node); a count, not a set, so removing one of two illegal neighbours
   * stays exact.
   */
  private final Map<Long, Integer> workloadOnNode = new HashMap<>();

  public GpuLedger(ScaledProblem problem) {
    this.problem = problem;
    int n = problem.gpus.size();
    usedMib = new long[n];
    loadPpm = new long[n];
    tightestBudgetMicros = new long[n];
    Arrays.fill(tightestBudgetMicros, Long.MAX_VALUE);
    for (int g = 0; g < n; g++) {
      residents.add(new ArrayList<>());
    }
  }

  public void add(Demand d, GpuBin g) {
    usedMib[g.index] += d.memoryMib();
    loadPpm[g.index] += d.loadPpm(g);
    tightestBudgetMicros[g.index] = Math.min(tightestBudgetMicros[g.index], d.waitBudgetMicros(g));
    residents.get(g.index).add(d);
    workloadOnNode.merge(nodeKey(d, g), 1, Integer::sum);
  }

  /** Undoes one {@link #add}; the tightest wait budget is recomputed from the residents left. */
  void remove(Demand d, GpuBin g) {
    usedMib[g.index] -= d.memoryMib();
    loadPpm[g.index] -= d.loadPpm(g);
    List<Demand> left = residents.get(g.index);
    left.remove(d);
    tightestBudgetMicros[g.index] =
        left.stream().mapToLong(r -> r.waitBudgetMicros(g)).min().orElse(Long.MAX_VALUE);
    workloadOnNode.merge(nodeKey(d, g), -1, (a, b) -> a + b == 0 ? null : a + b);
  }

  /** The filters a plain resource scheduler applies: memory and anti-affinity. */
  public boolean fitsMemoryAndSpreads(Demand d, GpuBin g) {
    return usedMib[g.index] + d.memoryMib() <= g.capacityMib
        && !workloadOnNode.containsKey(nodeKey(d, g));
  }

  /**
   * Every hard constraint, for the new replica and for the residents' SLOs in the GPU's shared
   * queue.
   */
  boolean canHost(Demand d, GpuBin g) {
    if (!fitsMemoryAndSpreads(d, g)
        || g.backgroundPpm + loadPpm[g.index] + d.loadPpm(g) > g.capPpm) {
      return false;
    }
    long budget = Math.min(tightestBudgetMicros[g.index], d.waitBudgetMicros(g));
    if (budget < 0) {
      return false;
    }
    List<Demand> with = new ArrayList<>(residents.get(g.index));
    with.add(d);
    return SharedGpuQueue.waitMicros(g, with) <= budget;
  }

  /**
   * Whether {@code g}, empty so far, can take all of {@code ds} at once: the model's wait need not
   * grow with every resident, so a set that holds may have a part that does not.
   */
  boolean canHostAll(List<Demand> ds, GpuBin g) {
    long mib = usedMib[g.index];
    long load = totalPpm(g);
    long budget = tightestBudgetMicros[g.index];
    for (int i = 0; i < ds.size(); i++) {
      Demand d = ds.get(i);
      mib += d.memoryMib();
      load += d.loadPpm(g);
      budget = Math.min(budget, d.waitBudgetMicros(g));
      if (onNode(d, g) || ds.subList(0, i).contains(d)) {
        return false;
      }
    }
    List<Demand> with = new ArrayList<>(residents.get(g.index));
    with.addAll(ds);
    return mib <= g.capacityMib
        && load <= g.capPpm
        && budget >= 0
        && SharedGpuQueue.waitMicros(g, with) <= budget;
  }

  /** The wait quantile of {@code g}'s shared queue with its residents, µs. */
  long waitMicros(GpuBin g) {
    return SharedGpuQueue.waitMicros(g, residents.get(g.index));
  }

  boolean onNode(Demand d, GpuBin g) {
    return workloadOnNode.containsKey(nodeKey(d, g));
  }

  boolean isOpen(GpuBin g) {
    return !residents.get(g.index).isEmpty();
  }

  long usedMib(GpuBin g) {
    return usedMib[g.index];
  }

  /** Background plus planned utilisation, ppm. */
  public long totalPpm(GpuBin g) {
    return g.backgroundPpm + loadPpm[g.index];
  }

  private long nodeKey(Demand d, GpuBin g) {
    return (long) d.index * problem.nodeCount + g.nodeIndex;
  }
}
