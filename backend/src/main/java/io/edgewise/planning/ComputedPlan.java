package io.edgewise.planning;

import java.util.List;
import java.util.UUID;

/** What the engines decided for a tenant, before it is stored. */
public record ComputedPlan(
    List<Entry> entries,
    List<GpuLoad> gpus,
    String solver,
    String score,
    double solveMs,
    int moved,
    int gpusUsed,
    double sloAttainment) {

  /** One deployment's part of the plan; the API shows stored plans in this shape too. */
  public record Entry(
      UUID deploymentId,
      String deploymentName,
      PlanOutcome outcome,
      String reason,
      List<UUID> gpuIds,
      Integer batchSize,
      Double p95Ms,
      PartitionSummary partition) {}

  /**
   * One GPU's load and resident models in the plan; the API shows stored plans in this shape too.
   */
  public record GpuLoad(
      UUID gpuId,
      UUID nodeId,
      UUID siteId,
      double utilization,
      long memoryMib,
      long plannedMemoryMib,
      List<UUID> residentVersions) {}

  public long count(PlanOutcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).count();
  }
}
