package io.edgewise.planning.lab.placement;

import io.edgewise.planning.placement.Demand;
import io.edgewise.planning.placement.GpuBin;
import io.edgewise.planning.placement.GpuLedger;
import io.edgewise.planning.placement.PlacementPlan;
import io.edgewise.planning.placement.PlacementPolicy;
import io.edgewise.planning.placement.PlacementProblem;
import io.edgewise.planning.placement.PlanAssembler;
import io.edgewise.planning.placement.Replica;
import io.edgewise.planning.placement.ScaledProblem;
import java.time.Duration;
import java.util.List;

/**
 * What the baselines share: replicas in some order, each onto a GPU the baseline picks among those
 * with the memory and another node (the filters of a plain resource scheduler); load and latency
 * play no part.
 */
abstract class SloBlindBaseline implements PlacementPolicy {

  /** Picks a GPU for one replica, or null; may keep state across the replicas of one call. */
  interface Picker {
    GpuBin pick(Demand demand, GpuLedger ledger);
  }

  /** The order replicas are placed in. */
  List<Replica> order(List<Replica> replicas) {
    return replicas;
  }

  abstract Picker picker(ScaledProblem problem);

  @Override
  public final PlacementPlan place(PlacementProblem problem) {
    long start = System.nanoTime();
    ScaledProblem scaled = ScaledProblem.of(problem);
    List<Replica> replicas = scaled.replicas();
    GpuLedger ledger = new GpuLedger(scaled);
    Picker picker = picker(scaled);
    for (Replica r : order(replicas)) {
      GpuBin g = picker.pick(r.demand(), ledger);
      if (g != null) {
        r.assign(g);
        ledger.add(r.demand(), g);
      }
    }
    return PlanAssembler.assemble(scaled, replicas, Duration.ofNanos(System.nanoTime() - start));
  }
}
