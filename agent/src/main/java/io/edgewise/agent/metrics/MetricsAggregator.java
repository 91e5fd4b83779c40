package io.edgewise.agent.metrics;

import io.edgewise.agent.serving.DeviceTiming;
import io.edgewise.agent.serving.ServingPlan.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serving's requests per (deployment, minute of arrival at the answer). SLO and the whole model's
 * input bytes come from the deployment's route when the request is counted (no route: no SLO, no
 * bytes avoided). A request is a cache hit when its model was loaded when it arrived; one that
 * waited for a load or was answered 503 is a miss.
 */
public class MetricsAggregator {
  private record Key(String deploymentId, Instant minute) {}

  private final Clock clock;
  private final Function<String, Route> routes;
  private final Map<Key, MinuteStats> minutes = new ConcurrentHashMap<>();

  public MetricsAggregator(Clock clock, Function<String, Route> routes) {
    this.clock = clock;
    this.routes = routes;
  }

  public void served(String deploymentId, String cut, double ms, long bytesIn, boolean warm) {
    Route route = routes.apply(deploymentId);
    double slo = route == null ? Double.MAX_VALUE : route.latencySloMs();
    long whole = route == null ? 0 : route.wholeInputBytes();
    stats(deploymentId).served(ms, bytesIn, warm, slo, cut != null, whole);
  }

  public void missed(String deploymentId) {
    stats(deploymentId).missed();
  }

  /** A device's timings of an earlier request, counted in the minute the report arrives. */
  public void timed(String deploymentId, DeviceTiming timing) {
    stats(deploymentId).timed(timing);
  }

  /** Removes and returns every minute that ended at or before {@code now}, oldest first. */
  public List<MetricPoint> closeBefore(Instant now) {
    Instant open = now.truncatedTo(ChronoUnit.MINUTES);
    List<Key> closed =
        minutes.keySet().stream()
            .filter(k -> k.minute().isBefore(open))
            .sorted(Comparator.comparing(Key::minute).thenComparing(Key::deploymentId))
            .toList();
    List<MetricPoint> points = new ArrayList<>();
    for (Key key : closed) {
      MinuteStats stats = minutes.remove(key);
      points.add(stats.point(key.deploymentId(), key.minute().toString()));
    }
    return points;
  }

  private MinuteStats stats(String deploymentId) {
    return minutes.computeIfAbsent(
        new Key(deploymentId, clock.instant().truncatedTo(ChronoUnit.MINUTES)),
        k -> new MinuteStats());
  }
}
