package io.edgewise.agent.fidelity;

import io.edgewise.planning.partitioning.LatencyBreakdown;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as the markdown tables of docs/benchmarks.md. */
final class FidelityTables {

  private FidelityTables() {}

  /** One row per configuration: the choice, the fastest cut, and the choice's cost. */
  static String choices(List<ConfigResult> results) {
    StringBuilder out =
        new StringBuilder(
            "| model | link | planner's cut | fastest measured cut | chosen / fastest (p50) |"
                + " N |\n| --- | --- | --- | --- | --- | --- |\n");
    for (ConfigResult r : results) {
      CutResult chosen = r.chosen();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %.2f | %d |%n",
              r.model(),
              r.link().label(),
              chosen == null ? "not a single cut" : chosen.label(),
              r.fastest().label(),
              r.chosenOverFastest(),
              r.runs()));
    }
    return out.toString();
  }

  /**
   * One row per cut: predicted segments and total, measured segments, measured p50 and p95, signed
   * error. "Other" is whatever the total charges beyond device, uplink and edge (the result's
   * download, once the partitioner charges it). Measured "edge" is the agent's own
   * arrival-to-answer time; "link" is the rest (both directions of the link, the proxy, the
   * client's HTTP).
   */
  static String cuts(List<ConfigResult> results) {
    StringBuilder out =
        new StringBuilder(
            "| model | link | cut | predicted device + uplink + edge + other = total ms | measured"
                + " device + link + edge (p50s) | measured p50 | p95 | error |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (ConfigResult r : results) {
      for (CutResult c : r.cuts()) {
        LatencyBreakdown l = c.predicted();
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s%s | %.1f + %.1f + %.1f + %.1f = %.1f | %.1f + %.1f + %.1f | %.1f |"
                    + " %.1f | %+.0f %% |%n",
                r.model(),
                r.link().label(),
                c.label(),
                c.position() == r.chosenPosition() ? " (chosen)" : "",
                l.deviceMs(),
                l.uplinkMs(),
                l.edgeMs(),
                l.totalMs() - l.deviceMs() - l.uplinkMs() - l.edgeMs(),
                l.totalMs(),
                c.deviceP50Ms(),
                c.linkP50Ms(),
                c.edgeP50Ms(),
                c.measuredP50Ms(),
                c.measuredP95Ms(),
                100 * c.error()));
      }
    }
    return out.toString();
  }
}
