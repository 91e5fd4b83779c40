package io.edgewise.ui.overview;

import io.edgewise.metrics.DomainNow;
import java.util.Locale;
import java.util.Optional;

/**
 * How the overview and the dashboards write observed figures; "No data yet" where agents reported
 * none.
 */
public final class LiveFigures {

  public static final String NO_DATA = "No data yet";

  private LiveFigures() {}

  public static String rate(double requestsPerSecond) {
    return requestsPerSecond >= 100
        ? String.format(Locale.ROOT, "%,.0f req/s", requestsPerSecond)
        : String.format(Locale.ROOT, "%.1f req/s", requestsPerSecond);
  }

  public static String percent(double share) {
    return String.format(
        Locale.ROOT, share >= 0.995 && share < 1 ? "%.1f %%" : "%.0f %%", share * 100);
  }

  public static String latency(double ms) {
    return String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
  }

  static String inferenceRate(DomainNow now) {
    return now.recent().map(r -> rate(r.requestRate())).orElse(NO_DATA);
  }

  static String p95AgainstSlo(DomainNow now) {
    return now.recent()
        .map(
            r ->
                latency(r.sums().latencyP95Ms())
                    + now.sloMs().map(slo -> " vs SLO " + latency(slo)).orElse(""))
        .orElse(NO_DATA);
  }

  static String attainment(DomainNow now) {
    return now.recent()
        .flatMap(r -> r.sums().sloAttainment())
        .map(LiveFigures::percent)
        .orElse(NO_DATA);
  }

  static String bandwidthSaved(DomainNow now) {
    return now.recent()
        .flatMap(DomainNow.Recent::bandwidthSaved)
        .map(LiveFigures::percent)
        .orElse(NO_DATA);
  }

  static String gpuUtilisation(DomainNow now) {
    Optional<Double> pct = now.gpuUtilisationPct();
    return pct.map(p -> String.format(Locale.ROOT, "%.0f %%", p)).orElse(NO_DATA);
  }
}
