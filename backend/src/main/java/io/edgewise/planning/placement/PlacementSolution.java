package io.edgewise.planning.placement;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** Timefold's view of a placement: GPUs are the values, replicas the entities. */
@PlanningSolution
final class PlacementSolution {
  @ProblemFactCollectionProperty @ValueRangeProvider private List<GpuBin> gpus;

  @PlanningEntityCollectionProperty private List<Replica> replicas;

  @PlanningScore private HardMediumSoftLongScore score;

  private PlacementSolution() {}

  PlacementSolution(List<GpuBin> gpus, List<Replica> replicas) {
    this.gpus = gpus;
    this.replicas = replicas;
  }

  List<Replica> replicas() {
    return replicas;
  }

  HardMediumSoftLongScore score() {
    return score;
  }
}
