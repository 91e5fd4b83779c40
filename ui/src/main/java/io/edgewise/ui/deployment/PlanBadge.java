package io.edgewise.ui.deployment;

import com.vaadin.flow.component.html.Span;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanOutcome;

/**
 * A small coloured label for a deployment's plan: meets or violates its SLO, not placed, or not
 * planned.
 */
final class PlanBadge {

  private PlanBadge() {}

  /** The badge for a deployment's entry in the latest plan, or "Not planned" when it has none. */
  static Span of(PlanEntry entry, double sloMs) {
    if (entry == null) {
      return badge("Not planned", "ew-badge-neutral");
    }
    if (entry.outcome == PlanOutcome.UNPLACED) {
      return badge("Not placed", "ew-badge-error");
    }
    String where = entry.outcome == PlanOutcome.PLACED ? "Edge" : "Off edge";
    if (entry.p95Ms == null) {
      return badge(where, "ew-badge-neutral");
    }
    boolean meets = entry.outcome.meets(entry.p95Ms, sloMs);
    return badge(
        where
            + " · "
            + DeploymentLabels.ms(entry.p95Ms)
            + (meets ? " ≤ " : " > ")
            + DeploymentLabels.ms(sloMs),
        meets ? "ew-badge-success" : "ew-badge-error");
  }

  /** "Meets SLO" or "Violates SLO" for a predicted p95 against the SLO. */
  static Span slo(boolean meets) {
    return badge(
        meets ? "Meets SLO" : "Violates SLO", meets ? "ew-badge-success" : "ew-badge-error");
  }

  static Span badge(String text, String variant) {
    Span badge = new Span(text);
    badge.addClassNames("ew-badge", variant);
    return badge;
  }
}
