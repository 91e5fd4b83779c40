package io.edgewise.planning.lab.placement;

import io.edgewise.planning.placement.Replica;
import io.edgewise.planning.placement.ScaledProblem;
import java.util.Comparator;
import java.util.List;

/**
 * Baseline, what a plain resource scheduler does: replicas by memory, largest first, onto the first
 * GPU (in input order) with the memory and another node. It packs tightly and knows nothing of load
 * or latency.
 */
public final class FirstFitDecreasingPolicy extends SloBlindBaseline {

  @Override
  public String name() {
    return "first-fit-decreasing (memory)";
  }

  @Override
  List<Replica> order(List<Replica> replicas) {
    return replicas.stream()
        .sorted(Comparator.comparingLong(Replica::memoryMib).reversed())
        .toList();
  }

  @Override
  Picker picker(ScaledProblem problem) {
    return (demand, ledger) ->
        problem.gpus.stream()
            .filter(g -> ledger.fitsMemoryAndSpreads(demand, g))
            .findFirst()
            .orElse(null);
  }
}
