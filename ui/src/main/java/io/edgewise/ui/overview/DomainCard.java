package io.edgewise.ui.overview;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.edgewise.analytics.DomainSummary;
import io.edgewise.analytics.DomainSummary.PlanFigures;
import io.edgewise.fleet.Application;
import io.edgewise.metrics.DomainNow;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One smart domain at a glance: inventory, what the latest plan predicts, and what agents observed
 * in the last 15 minutes ("No data yet" until they report). The title links to the domain's
 * dashboard.
 */
class DomainCard extends Div {

  static final String NOT_PLANNED = "Not planned yet";

  DomainCard(DomainSummary summary, DomainNow now) {
    addClassName("ew-card");
    getElement().setAttribute("data-domain", summary.domain().name());
    String applications =
        Arrays.stream(Application.values())
            .filter(a -> a.belongsTo(summary.domain()))
            .map(Application::title)
            .collect(Collectors.joining(", "));
    Anchor title =
        new Anchor(DomainNames.dashboard(summary.domain()), DomainNames.title(summary.domain()));
    title.addClassName("ew-card-link");
    add(new H3(title), secondary(applications));

    add(section("Inventory"));
    add(figure("Fleets", Long.toString(summary.fleets())));
    add(figure("Devices online", summary.devicesOnline() + " / " + summary.devicesTotal()));
    add(figure("Deployments", Long.toString(summary.deployments())));

    add(section("Latest plan"));
    summary.plan().ifPresentOrElse(this::addPlan, () -> add(secondary(NOT_PLANNED)));

    add(section("Live metrics · last 15 min"));
    add(figure("Inference rate", LiveFigures.inferenceRate(now)));
    add(figure("Observed p95", LiveFigures.p95AgainstSlo(now)));
    add(figure("Observed SLO attainment", LiveFigures.attainment(now)));
    add(figure("Bandwidth saved", LiveFigures.bandwidthSaved(now)));
    add(figure("GPU utilisation", LiveFigures.gpuUtilisation(now)));
    Anchor open = new Anchor(DomainNames.dashboard(summary.domain()), "Open dashboard →");
    open.addClassName("ew-card-action");
    add(open);
  }

  private void addPlan(PlanFigures plan) {
    add(figure("Placed on edge GPUs", plan.placed() + " of " + plan.planned()));
    add(
        figure(
            "Predicted p95 (worst)",
            plan.worstP95Ms()
                .map(
                    l ->
                        String.format(
                            Locale.ROOT,
                            l.p95Ms() < 10 ? "%.1f ms vs SLO %.0f ms" : "%.0f ms vs SLO %.0f ms",
                            l.p95Ms(),
                            l.sloMs()))
                .orElse("—")));
    add(
        figure(
            "SLO attainment",
            plan.sloAttainment()
                .map(share -> String.format(Locale.ROOT, "%.0f %%", share * 100))
                .orElse("—")));
    add(figure("GPUs used", Integer.toString(plan.gpusUsed())));
  }

  private static Div figure(String label, String value) {
    Span name = new Span(label);
    name.addClassName("ew-figure-label");
    Span number = new Span(value);
    number.addClassName("ew-figure-value");
    Div row = new Div(name, number);
    row.addClassName("ew-figure");
    return row;
  }

  private static Span section(String title) {
    Span heading = new Span(title);
    heading.addClassName("ew-card-section");
    return heading;
  }

  private static Paragraph secondary(String text) {
    Paragraph paragraph = new Paragraph(text);
    paragraph.addClassName("ew-secondary");
    return paragraph;
  }
}
