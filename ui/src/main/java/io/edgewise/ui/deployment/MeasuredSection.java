package io.edgewise.ui.deployment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.edgewise.planning.PredictionComparison;
import io.edgewise.planning.SegmentComparison;
import io.edgewise.ui.base.TimeTexts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The plan's predictions against what agents and devices measured since the plan: a drift notice
 * when a measurement exceeds its prediction beyond the threshold, the chart, and what was not
 * measured (docs/ui.md).
 */
final class MeasuredSection {

  private MeasuredSection() {}

  static Div of(PredictionComparison c) {
    Div section = new Div(new H3("Predicted against measured"));
    section.addClassName("ew-measured");
    if (c.requests() == 0 && c.timedRequests() == 0) {
      Paragraph none =
          new Paragraph(
              "Nothing measured since this plan"
                  + " — agents report every minute once the deployment serves requests.");
      none.addClassName("ew-empty");
      section.add(none);
      return section;
    }
    if (c.drift()) {
      section.add(driftNotice(c));
    }
    section.add(
        PredictedMeasuredChart.of(c),
        new Paragraph(
            String.format(
                Locale.ROOT,
                "%d requests measured since %s (%d with device timings). Edge: arrival at the"
                    + " agent to its answer, queueing included; the predicted edge bar excludes"
                    + " queueing. %s",
                c.requests(),
                TimeTexts.at(c.from()),
                c.timedRequests(),
                notMeasured(c))));
    return section;
  }

  private static Div driftNotice(PredictionComparison c) {
    List<String> parts =
        c.segments().stream()
            .filter(SegmentComparison::drift)
            .map(
                s ->
                    String.format(
                        Locale.ROOT,
                        "%s measured %s against %s predicted (%+.0f%%)",
                        s.segment().toLowerCase(Locale.ROOT),
                        DeploymentLabels.ms(s.measuredMs()),
                        DeploymentLabels.ms(s.predictedMs()),
                        100 * s.relativeError()))
            .collect(Collectors.toList());
    if (c.p95Drift()) {
      parts.add(
          String.format(
              Locale.ROOT,
              "p95 observed %s against %s predicted (%+.0f%%)",
              DeploymentLabels.ms(c.observedP95Ms()),
              DeploymentLabels.ms(c.predictedP95Ms()),
              100 * c.p95RelativeError()));
    }
    String replan =
        c.driftReplanRequestedAt() == null
            ? ""
            : " A re-plan with the measured figures was requested "
                + TimeTexts.at(c.driftReplanRequestedAt())
                + ".";
    Div notice = new Div(new Paragraph("Drift: " + String.join("; ", parts) + "." + replan));
    notice.addClassNames("ew-drift-notice", "ew-badge-error");
    notice.getElement().setAttribute("role", "alert");
    return notice;
  }

  private static String notMeasured(PredictionComparison c) {
    String missing =
        c.segments().stream()
            .filter(s -> s.measuredMs() == null)
            .map(s -> s.segment().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return missing.isEmpty()
        ? ""
        : "Not measured: " + missing + " (devices report these with the X-Edgewise-Timing header).";
  }
}
