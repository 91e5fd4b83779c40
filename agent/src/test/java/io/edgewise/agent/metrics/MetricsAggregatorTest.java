package io.edgewise.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.serving.DeviceTiming;
import io.edgewise.agent.serving.ServingPlan.Route;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsAggregatorTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  private static final Map<String, Route> ROUTES =
      Map.of(
          "whole", new Route("whole", "v1", "a".repeat(64), null, null, 1, 20.0, 12288),
          "split", new Route("split", "v2", "b".repeat(64), "3", "c".repeat(64), 4, 5.0, 12288));

  /** One request as the test made it. */
  private record Made(
      String deployment,
      Instant minute,
      Double ms,
      long bytes,
      boolean warm,
      boolean split,
      DeviceTiming timing) {}

  @Test
  void matchesABruteForceComputationOnSeededRandomRequests() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      MutableClock clock = new MutableClock(T0);
      MetricsAggregator aggregator = new MetricsAggregator(clock, ROUTES::get);
      List<Made> made = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        clock.set(T0.plusMillis(random.nextInt(3 * 60_000)));
        String deployment = random.nextBoolean() ? "whole" : "split";
        boolean split = deployment.equals("split") && random.nextInt(4) > 0;
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (random.nextInt(3) == 0) {
          DeviceTiming timing = timing(random);
          aggregator.timed(deployment, timing);
          made.add(new Made(deployment, minute, null, 0, false, false, timing));
        } else if (random.nextInt(20) == 0) {
          aggregator.missed(deployment);
          made.add(new Made(deployment, minute, null, 0, false, false, null));
        } else {
          double ms = Math.exp(random.nextGaussian()) * 4;
          long bytes = split ? 2048 + random.nextInt(20_000) : 12288;
          boolean warm = random.nextInt(10) > 0;
          aggregator.served(deployment, split ? "3" : null, ms, bytes, warm);
          made.add(new Made(deployment, minute, ms, bytes, warm, split, null));
        }
      }
      clock.set(T0.plus(Duration.ofMinutes(2)).plusSeconds(5));
      List<MetricPoint> first = aggregator.closeBefore(clock.instant());
      assertThat(first)
          .extracting(MetricPoint::minute)
          .containsExactly(
              T0.toString(),
              T0.toString(),
              T0.plusSeconds(60).toString(),
              T0.plusSeconds(60).toString());
      clock.set(T0.plus(Duration.ofMinutes(3)).plusSeconds(5));
      List<MetricPoint> all = new ArrayList<>(first);
      all.addAll(aggregator.closeBefore(clock.instant()));
      assertThat(aggregator.closeBefore(clock.instant())).isEmpty();
      assertThat(all).hasSize(6);
      for (MetricPoint p : all) {
        assertThat(p)
            .as("seed " + seed + " " + p.deploymentId() + " " + p.minute())
            .isEqualTo(bruteForce(made, p));
      }
    }
  }

  @Test
  void aMinuteOfMissesOnlyHasNoLatencies() {
    MutableClock clock = new MutableClock(T0);
    MetricsAggregator aggregator = new MetricsAggregator(clock, ROUTES::get);
    aggregator.missed("whole");
    aggregator.missed("unknown");
    clock.advance(Duration.ofSeconds(65));
    assertThat(aggregator.closeBefore(clock.instant()))
        .containsExactly(
            new MetricPoint("unknown", T0.toString(), 1, 0, 0, 0, 0, 0, 0, 0, 1, 0),
            new MetricPoint("whole", T0.toString(), 1, 0, 0, 0, 0, 0, 0, 0, 1, 0));
  }

  @Test
  void leavesTheOpenMinuteOpen() {
    MutableClock clock = new MutableClock(T0.plusSeconds(30));
    MetricsAggregator aggregator = new MetricsAggregator(clock, ROUTES::get);
    aggregator.served("whole", null, 3, 10, true);
    assertThat(aggregator.closeBefore(T0.plusSeconds(59))).isEmpty();
    assertThat(aggregator.closeBefore(T0.plusSeconds(60))).hasSize(1);
  }

  /**
   * What the point must say, from the requests made, computed independently (counting, not sorting,
   * for ranks).
   */
  private static MetricPoint bruteForce(List<Made> made, MetricPoint point) {
    List<Made> all =
        made.stream()
            .filter(
                m ->
                    m.deployment().equals(point.deploymentId())
                        && m.minute().toString().equals(point.minute()))
            .toList();
    List<DeviceTiming> timings =
        all.stream().map(Made::timing).filter(java.util.Objects::nonNull).toList();
    List<Made> mine = all.stream().filter(m -> m.timing() == null).toList();
    List<Double> ms = mine.stream().filter(m -> m.ms() != null).map(Made::ms).toList();
    Route route = ROUTES.get(point.deploymentId());
    long served = ms.size();
    long splitRequests = mine.stream().filter(Made::split).count();
    long splitBytes = mine.stream().filter(Made::split).mapToLong(Made::bytes).sum();
    Map<String, Long> counts = new HashMap<>();
    counts.put("warm", mine.stream().filter(m -> m.ms() != null && m.warm()).count());
    return new MetricPoint(
        point.deploymentId(),
        point.minute(),
        mine.size(),
        rank(ms, 50),
        rank(ms, 95),
        rank(ms, 99),
        ms.stream().filter(v -> v > route.latencySloMs()).count(),
        mine.stream().mapToLong(Made::bytes).sum(),
        Math.max(0, splitRequests * route.wholeInputBytes() - splitBytes),
        counts.get("warm"),
        mine.size() - counts.get("warm"),
        0.0,
        new MeasuredSegments(
            mean(ms),
            ms.isEmpty() ? null : rank(ms, 95),
            timings.size(),
            mean(timings.stream().map(DeviceTiming::deviceMs).filter(v -> v != null).toList()),
            mean(timings.stream().map(DeviceTiming::uplinkMs).filter(v -> v != null).toList()),
            mean(timings.stream().map(DeviceTiming::downlinkMs).filter(v -> v != null).toList()),
            totalP95(timings)));
  }

  @Test
  void aMinuteWithOnlyTimingReportsHasDeviceSegmentsButNoEdge() {
    MutableClock clock = new MutableClock(T0);
    MetricsAggregator aggregator = new MetricsAggregator(clock, ROUTES::get);
    aggregator.timed("whole", new DeviceTiming(2.0, 30.0, null, 40.0));
    aggregator.timed("whole", new DeviceTiming(4.0, null, null, 60.0));
    clock.advance(Duration.ofSeconds(65));
    MetricPoint p = aggregator.closeBefore(clock.instant()).get(0);
    assertThat(p.requests()).isZero();
    // device (2+4)/2; uplink only from the first report; downlink never reported; p95 of {40, 60}
    assertThat(p.segments()).isEqualTo(new MeasuredSegments(null, null, 2, 3.0, 30.0, null, 60.0));
  }

  private static DeviceTiming timing(Random random) {
    return new DeviceTiming(
        random.nextInt(4) == 0 ? null : random.nextDouble() * 10,
        random.nextInt(4) == 0 ? null : random.nextDouble() * 50,
        random.nextInt(4) == 0 ? null : random.nextDouble() * 5,
        random.nextInt(4) == 0 ? null : random.nextDouble() * 100);
  }

  /** The mean, summed in arrival order as the aggregator sums; null for none. */
  private static Double mean(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.size();
  }

  private static Double totalP95(List<DeviceTiming> timings) {
    List<Double> totals =
        timings.stream().map(DeviceTiming::totalMs).filter(v -> v != null).toList();
    return totals.isEmpty() ? null : rank(totals, 95);
  }

  /** The smallest latency v with at least percent % of the latencies ≤ v (nearest rank). */
  private static double rank(List<Double> values, int percent) {
    double best = 0;
    boolean found = false;
    for (double v : values) {
      long atMost = values.stream().filter(x -> x <= v).count();
      if (atMost * 100 >= (long) percent * values.size() && (!found || v < best)) {
        best = v;
        found = true;
      }
    }
    return best;
  }
}
