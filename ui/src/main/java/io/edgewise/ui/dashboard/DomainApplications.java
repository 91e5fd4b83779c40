package io.edgewise.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.edgewise.fleet.Application;
import io.edgewise.fleet.SmartDomain;
import java.util.Arrays;

/**
 * Context from the deep-learning edge computing survey the product follows (DESIGN.md; sections II,
 * IV and V): the domain's applications with the typical latency budget Edgewise starts their SLOs
 * from, and what the survey itself says about latency in the domain.
 */
class DomainApplications extends Div {

  DomainApplications(SmartDomain domain) {
    addClassName("ew-dashboard-applications");
    add(new H3("Applications in this domain"));
    add(
        secondary(
            "Typical latency budgets: Edgewise's defaults for new deployments, derived from the"
                + " applications in the survey's Tables 1–4; they are typical ranges, not figures"
                + " the survey states."));
    UnorderedList list = new UnorderedList();
    Arrays.stream(Application.values())
        .filter(a -> a.belongsTo(domain))
        .forEach(
            a -> {
              Span name = new Span(a.title());
              name.addClassName("ew-figure-value");
              list.add(
                  new ListItem(
                      name,
                      new Span(
                          " — typical budget " + a.latencyBudgetMs() + " ms: " + a.rationale())));
            });
    add(list);
    add(secondary("The survey: " + surveySays(domain)));
  }

  /** What the survey states, quoted or closely paraphrased, with its section. */
  private static String surveySays(SmartDomain domain) {
    return switch (domain) {
      case SMART_MULTIMEDIA ->
          "with video rendering and analytics at local edges, results reach users \"in near real"
              + " time, e.g., millisecond-level interaction\" (AR/VR, section V.C).";
      case SMART_TRANSPORTATION ->
          "a cloud round trip is \"usually tens (or hundreds) of milliseconds\", an edge one"
              + " \"several milliseconds\", which is what makes autonomous driving feasible at the"
              + " edge (section II.B).";
      case SMART_CITY ->
          "smart-grid protection and control loops \"require real-time processing (from"
              + " milliseconds to sub-seconds)\" (section IV.D).";
      case SMART_INDUSTRY ->
          "a cloud round trip is \"usually tens (or hundreds) of milliseconds\", an edge one"
              + " \"several milliseconds\" (section II.B); its smart-industry applications are in"
              + " section IV.E.";
    };
  }

  private static Paragraph secondary(String text) {
    Paragraph paragraph = new Paragraph(text);
    paragraph.addClassName("ew-secondary");
    return paragraph;
  }
}
