package io.edgewise.planning.api;

import io.edgewise.planning.ComputedPlan.Entry;
import io.edgewise.planning.ComputedPlan.GpuLoad;
import io.edgewise.planning.Plan;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanGpu;
import io.edgewise.planning.PlanTrigger;
import io.edgewise.planning.PlanningService.PlanDetail;
import io.edgewise.planning.PredictionComparison;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How plans look on the API. */
final class PlanViews {

  private PlanViews() {}

  public record PlanSummaryView(
      UUID id,
      Instant createdAt,
      PlanTrigger trigger,
      String requestedBy,
      String inputsDigest,
      String solver,
      double solveMs,
      int deployments,
      int placed,
      int unplaced,
      int gpusUsed,
      int moved,
      double sloAttainment,
      String score) {
    static PlanSummaryView of(Plan p) {
      return new PlanSummaryView(
          p.id,
          p.createdAt,
          p.trigger,
          p.requestedBy,
          p.inputsDigest,
          p.solver,
          p.solveMs,
          p.deployments,
          p.placed,
          p.unplaced,
          p.gpusUsed,
          p.moved,
          p.sloAttainment,
          p.score);
    }
  }

  static Entry entry(PlanEntry e) {
    return new Entry(
        e.deploymentId,
        e.deploymentName,
        e.outcome,
        e.reason,
        e.gpuIds,
        e.batchSize,
        e.p95Ms,
        e.partition);
  }

  static GpuLoad gpu(PlanGpu g) {
    return new GpuLoad(
        g.gpuId,
        g.nodeId,
        g.siteId,
        g.utilization,
        g.memoryMib,
        g.plannedMemoryMib,
        g.residentVersions);
  }

  public record PlanView(PlanSummaryView summary, List<Entry> deployments, List<GpuLoad> gpus) {
    static PlanView of(PlanDetail d) {
      return new PlanView(
          PlanSummaryView.of(d.plan()),
          d.entries().stream().map(PlanViews::entry).toList(),
          d.gpus().stream().map(PlanViews::gpu).toList());
    }
  }

  /**
   * A deployment's part of the latest plan, with its SLO so the breakdown can be read against it,
   * and its predictions against what was measured since the plan.
   */
  public record DeploymentPlanView(
      UUID planId,
      Instant plannedAt,
      double latencySloMs,
      boolean meetsSlo,
      Entry plan,
      PredictionComparison measured) {}
}
