package io.edgewise.planning.placement;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** What a partial plan has put on each GPU, so filters (Kubernetes-style) can ask "does this replica still fit here?". */
final class GpuLedger {
  private final ScaledProblem problem;
  private final long[] usedMib;
  private final long[] loadPpm;
  private final long[] tightestRhoMaxPpm;
  private final int[] residents;
  private final Set<Long> workloadOnNode = new HashSet<>();

  GpuLedger(ScaledProblem problem) {
    this.problem = problem;
    int n = problem.gpus.size();
    usedMib = new long[n];
    loadPpm = new long[n];
    tightestRhoMaxPpm = new long[n];
    Arrays.fill(tightestRhoMaxPpm, Long.MAX_VALUE);
    residents = new int[n];
  }

  void add(Demand d, Gpu g) {
    usedMib[g.index] += d.memoryMib();
    loadPpm[g.index] += d.loadPpm(g);
    tightestRhoMaxPpm[g.index] = Math.min(tightestRhoMaxPpm[g.index], d.rhoMaxPpm(g));
    residents[g.index]++;
    workloadOnNode.add(nodeKey(d, g));
  }

  /** The filters a plain resource scheduler applies: memory and anti-affinity. */
  boolean fitsMemoryAndSpreads(Demand d, Gpu g) {
    return usedMib[g.index] + d.memoryMib() <= g.capacityMib && !workloadOnNode.contains(nodeKey(d, g));
  }

  /** Every hard constraint, for the new replica and for the residents' SLOs. */
  boolean canHost(Demand d, Gpu g) {
    if (!fitsMemoryAndSpreads(d, g)) {
      return false;
    }
    long total = g.backgroundPpm + loadPpm[g.index] + d.loadPpm(g);
    return total <= g.capPpm && total <= Math.min(tightestRhoMaxPpm[g.index], d.rhoMaxPpm(g));
  }

  boolean onNode(Demand d, Gpu g) {
    return workloadOnNode.contains(nodeKey(d, g));
  }

  boolean isOpen(Gpu g) {
    return residents[g.index] > 0;
  }

  long usedMib(Gpu g) {
    return usedMib[g.index];
  }

  /** Background plus planned utilisation, ppm. */
  long totalPpm(Gpu g) {
    return g.backgroundPpm + loadPpm[g.index];
  }

  long tightestRhoMaxPpm(Gpu g) {
    return tightestRhoMaxPpm[g.index];
  }

  private long nodeKey(Demand d, Gpu g) {
    return (long) d.index * problem.nodeCount + g.nodeIndex;
  }
}
