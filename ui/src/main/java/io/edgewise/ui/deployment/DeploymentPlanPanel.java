package io.edgewise.ui.deployment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanOutcome;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.DeploymentPlan;
import io.edgewise.planning.PredictionComparisons;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.planning.PartitionText;
import io.edgewise.ui.shell.EntityLookup;
import java.util.Locale;
import java.util.Optional;

/**
 * A deployment's part of the latest plan: outcome, GPUs, split, predicted p95 against the SLO, the
 * predictions against what was measured (with a drift notice), and the latency breakdown.
 */
class DeploymentPlanPanel extends Div {

  private final PlanningService planning;
  private final PredictionComparisons comparisons;
  private final GpuNames gpuNames;

  DeploymentPlanPanel(
      PlanningService planning, PredictionComparisons comparisons, GpuNames gpuNames) {
    this.planning = planning;
    this.comparisons = comparisons;
    this.gpuNames = gpuNames;
    addClassName("ew-deployment-plan");
  }

  /** Shows the deployment's entry in the latest plan, or says honestly why there is none. */
  void show(Deployment deployment) {
    removeAll();
    add(new H3("Current plan"));
    Optional<DeploymentPlan> found = EntityLookup.of(() -> planning.forDeployment(deployment.id));
    if (found.isEmpty()) {
      boolean planned =
          deployment.status == DeploymentStatus.ACTIVE
              || deployment.status == DeploymentStatus.PENDING;
      add(
          note(
              planned
                  ? "Not planned yet — the planner runs within seconds of a change."
                  : "Not planned: only active and pending deployments are planned, and this one is "
                      + DeploymentLabels.status(deployment.status).toLowerCase(Locale.ROOT)
                      + "."));
      return;
    }
    DeploymentPlan p = found.get();
    PlanEntry entry = p.entry();
    String at = TimeTexts.at(p.plan().createdAt);
    add(new Paragraph("From the plan computed " + at + "."));
    if (entry.outcome == PlanOutcome.UNPLACED) {
      add(
          note(
              "Not placed: "
                  + (entry.reason == null ? "the planner gave no reason" : entry.reason)));
      return;
    }
    add(
        fact(
            "Outcome",
            new Span(
                entry.outcome == PlanOutcome.PLACED
                    ? "Placed on edge GPUs"
                    : "Off the edge: no edge GPU needed")));
    Span p95 =
        new Span(
            entry.p95Ms == null
                ? "—"
                : DeploymentLabels.ms(entry.p95Ms)
                    + " against an SLO of "
                    + DeploymentLabels.ms(p.latencySloMs())
                    + " ");
    p95.add(PlanBadge.slo(entry.outcome.meets(entry.p95Ms, p.latencySloMs())));
    add(fact("Predicted p95", p95));
    add(fact("Split", new Span(PartitionText.split(entry.partition))));
    if (!entry.gpuIds.isEmpty()) {
      UnorderedList gpus = new UnorderedList();
      planning.get(p.plan().id).gpus().stream()
          .filter(g -> entry.gpuIds.contains(g.gpuId))
          .forEach(g -> gpus.add(new ListItem(gpuNames.describe(g))));
      add(fact("GPUs", gpus));
    }
    if (entry.reason != null) {
      add(fact("Note", new Span(entry.reason)));
    }
    add(MeasuredSection.of(comparisons.compare(p, comparisons.defaultWindow())));
    if (entry.partition != null) {
      add(
          new H3("Predicted latency of one inference"),
          LatencyBreakdownChart.of(entry.partition, p.latencySloMs()),
          new Paragraph(
              "Bars exclude queueing at the GPU, which the predicted p95 includes. "
                  + PartitionText.breakdown(entry.partition)
                  + ". "
                  + PartitionText.budgets(entry.partition)));
    }
  }

  static Div fact(String label, Component value) {
    Span name = new Span(label);
    name.addClassName("ew-figure-label");
    value.addClassName("ew-figure-value");
    Div row = new Div(name, value);
    row.addClassName("ew-figure");
    return row;
  }

  private static Paragraph note(String text) {
    Paragraph note = new Paragraph(text);
    note.addClassName("ew-empty");
    return note;
  }
}
