package io.edgewise.app.demo;

import io.edgewise.deployment.Strategy;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.metrics.MetricPoint;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;

/**
 * Plausible minutes for one demo series: a diurnal load curve per smart domain (commuter peaks for
 * transport, evening peaks for media and homes, shifts for industry) with a weekend shape and
 * noise; latency that climbs towards the SLO as load peaks; bytes avoided from the share the
 * deployment's strategy keeps at the edge. The same seed gives the same series.
 */
final class DemoMetricCurves {

  /** One series: a deployment at a site and what shapes its numbers. */
  record Series(
      UUID deploymentId,
      UUID siteId,
      SmartDomain domain,
      Strategy strategy,
      double sloMs,
      double peakRequestsPerMinute,
      long bytesPerRequest) {}

  private DemoMetricCurves() {}

  static MetricPoint minute(Series s, Instant minute, Random random) {
    ZonedDateTime at = minute.atZone(ZoneOffset.UTC);
    double hour = at.getHour() + at.getMinute() / 60.0;
    boolean weekend =
        at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
    double load =
        Math.max(0.02, shape(s.domain(), hour, weekend) * (1 + random.nextGaussian() * 0.06));
    long requests = Math.max(0, Math.round(s.peakRequestsPerMinute() * load));
    // queueing: latency grows sharply as the load nears the peak, so busy minutes brush the SLO now
    // and then
    double p50 = s.sloMs() * (0.22 + 0.08 * load) * (1 + random.nextGaussian() * 0.04);
    double p95 =
        p50 * (1.5 + 1.4 * Math.pow(load, 4)) * (1 + Math.abs(random.nextGaussian()) * 0.05);
    double p99 = p95 * (1.2 + Math.abs(random.nextGaussian()) * 0.1);
    double overSlo = Math.max(0, p99 / s.sloMs() - 0.8);
    long violations = Math.min(requests, Math.round(requests * (0.002 + 0.2 * overSlo * overSlo)));
    long cloudOnly = requests * s.bytesPerRequest();
    long uplinked =
        Math.round(cloudOnly * uplinkShare(s.strategy()) * (1 + random.nextGaussian() * 0.03));
    uplinked = Math.max(0, Math.min(cloudOnly, uplinked));
    long lookups = Math.round(requests * 0.12);
    long hits = Math.round(lookups * Math.min(0.99, 0.86 + random.nextGaussian() * 0.03));
    hits = Math.max(0, Math.min(lookups, hits));
    return new MetricPoint(
        s.deploymentId(),
        s.siteId(),
        minute,
        requests,
        round(p50),
        round(Math.max(p50, p95)),
        round(Math.max(p95, p99)),
        violations,
        uplinked,
        cloudOnly - uplinked,
        hits,
        lookups - hits,
        round(requests * 0.018));
  }

  /** Load relative to the domain's peak, 0..1, by UTC hour of day. */
  private static double shape(SmartDomain domain, double hour, boolean weekend) {
    return switch (domain) {
      case SMART_TRANSPORTATION ->
          weekend
              ? 0.15 + 0.4 * bump(hour, 14, 4)
              : 0.12
                  + 0.88 * Math.max(bump(hour, 8, 1.6), bump(hour, 17.5, 2))
                  + 0.25 * bump(hour, 12.5, 3);
      case SMART_MULTIMEDIA ->
          (weekend ? 1.1 : 1.0)
              * (0.2 + 0.75 * bump(hour, 20.5, 3) + 0.2 * bump(hour, 12.5, 2))
              / 1.1;
      case SMART_CITY -> 0.3 + 0.5 * bump(hour, 19, 3) + 0.2 * bump(hour, 7.5, 1.5);
      case SMART_INDUSTRY -> weekend ? 0.25 : 0.3 + 0.65 * plateau(hour, 6, 22);
    };
  }

  private static double bump(double hour, double centre, double width) {
    double distance = Math.min(Math.abs(hour - centre), 24 - Math.abs(hour - centre));
    return Math.exp(-distance * distance / (2 * width * width));
  }

  private static double plateau(double hour, double from, double to) {
    return 1 / (1 + Math.exp(-(hour - from) * 3)) * 1 / (1 + Math.exp((hour - to) * 3));
  }

  /**
   * Share of the raw input that still leaves the site: results only at the edge, features when
   * split.
   */
  private static double uplinkShare(Strategy strategy) {
    return switch (strategy) {
      case EDGE_ONLY -> 0.03;
      case DEVICE_ONLY -> 0.01;
      case SPLIT -> 0.18;
      case AUTO -> 0.08;
    };
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
