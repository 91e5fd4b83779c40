package io.edgewise.planning.placement;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: one replica of a workload, carrying its share of the load; no GPU means
 * unplaced.
 */
@PlanningEntity
public final class Replica {
  @PlanningId private String id;
  private Demand demand;
  private int ordinal;

  @PlanningVariable(allowsUnassigned = true)
  private GpuBin gpu;

  /** Re-planning keeps assignments whose GPU survived. */
  @PlanningPin private boolean pinned;

  private Replica() {}

  Replica(Demand demand, int ordinal) {
    this.id = demand.workload.id() + "#" + ordinal;
    this.demand = demand;
    this.ordinal = ordinal;
  }

  Replica(Demand demand, int ordinal, GpuBin gpu) {
    this(demand, ordinal);
    this.gpu = gpu;
  }

  public Demand demand() {
    return demand;
  }

  int workloadIndex() {
    return demand.index;
  }

  int ordinal() {
    return ordinal;
  }

  GpuBin gpu() {
    return gpu;
  }

  public void assign(GpuBin target) {
    this.gpu = target;
  }

  boolean isPinned() {
    return pinned;
  }

  void pin() {
    this.pinned = true;
  }

  public long memoryMib() {
    return demand.memoryMib();
  }

  long loadPpm() {
    return demand.loadPpm(gpu);
  }

  long waitBudgetMicros() {
    return demand.waitBudgetMicros(gpu);
  }

  @Override
  public String toString() {
    return id + "@" + gpu;
  }
}
