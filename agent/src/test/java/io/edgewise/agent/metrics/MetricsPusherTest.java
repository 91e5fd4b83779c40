package io.edgewise.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.FakeControlPlane;
import io.edgewise.agent.link.RunningLink;
import io.edgewise.agent.serving.ServingPlan.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsPusherTest {
  private static final String D1 = "11111111-1111-4111-8111-111111111111";
  private static final String D2 = "22222222-2222-4222-8222-222222222222";
  private static final Map<String, Route> ROUTES =
      Map.of(D1, new Route(D1, "v1", "a".repeat(64), null, null, 1, 10, 0));

  @TempDir Path dataDir;
  private final MutableClock clock =
      new MutableClock(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES));
  private FakeControlPlane plane;
  private RunningLink link;
  private MetricsAggregator aggregator;

  @BeforeEach
  void start() throws Exception {
    plane = new FakeControlPlane();
    plane.siteIdInAnswer = true;
    link = new RunningLink(plane, dataDir, Duration.ofSeconds(5)).start();
    aggregator = new MetricsAggregator(clock, ROUTES::get);
  }

  @AfterEach
  void stop() throws Exception {
    link.close();
    plane.close();
  }

  @Test
  void anOutageBuffersOnDiskAndRecoveryDeliversEveryPointExactlyOnce() throws Exception {
    MetricsPusher pusher = pusher(50L << 20, null);
    plane.nodeApi.metricsStatus = 503;
    for (int minute = 0; minute < 5; minute++) {
      serveAMinute(minute);
      assertThat(pusher.tick()).isFalse();
    }
    assertThat(pending()).hasSize(5); // one batch per closed minute
    assertThat(plane.nodeApi.metricPoints).isEmpty();

    plane.nodeApi.metricsStatus = 0;
    clock.advance(Duration.ofMinutes(1));
    assertThat(pusher.tick()).isTrue();
    assertThat(pusher.tick()).isTrue();
    assertThat(pending()).isEmpty();
    Map<String, Long> perKey =
        plane.nodeApi.metricPoints.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.path("deploymentId").asText() + "@" + p.path("minute").asText(),
                    Collectors.counting()));
    assertThat(perKey).hasSize(10).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
    JsonNode first = plane.nodeApi.metricPoints.get(0);
    assertThat(first.path("siteId").asText()).isEqualTo(FakeControlPlane.SITE_ID.toString());
    assertThat(first.path("minute").asText())
        .isEqualTo(
            clock
                .instant()
                .minus(Duration.ofMinutes(6))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString());
    assertThat(first.path("requests").asLong()).isEqualTo(3);
    assertThat(first.path("sloViolations").asLong()).isEqualTo(1);
    // the edge segment of the two served requests (4 and 12 ms); no device reported timings
    assertThat(first.path("segments").path("edgeMeanMs").asDouble()).isEqualTo(8.0);
    assertThat(first.path("segments").path("timedRequests").asLong()).isZero();
    assertThat(first.path("segments").has("deviceMeanMs")).as("not measured: absent").isFalse();
  }

  @Test
  void aRestartedAgentDeliversWhatAnEarlierRunBuffered() throws Exception {
    plane.nodeApi.metricsStatus = 502;
    MetricsPusher before = pusher(50L << 20, null);
    serveAMinute(0);
    serveAMinute(1);
    before.tick();
    assertThat(pending()).hasSize(2);

    plane.nodeApi.metricsStatus = 0;
    aggregator = new MetricsAggregator(clock, ROUTES::get); // nothing of the first run in memory
    assertThat(pusher(50L << 20, null).tick()).isTrue();
    assertThat(plane.nodeApi.metricPoints).hasSize(4);
    assertThat(pending()).isEmpty();
  }

  @Test
  void aRefusedBatchIsMovedAsideAndNeverRetried() throws Exception {
    MetricsOutbox outbox = new MetricsOutbox(dataDir, 50L << 20, new ObjectMapper());
    Instant minute = clock.instant().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.MINUTES);
    outbox.add(
        minute,
        List.of(new MetricPoint(D1, minute.toString(), 1, 9, 5, 9, 0, 1, 0, 1, 0, 0)),
        clock.instant());
    serveAMinute(0);
    MetricsPusher pusher = pusher(50L << 20, null);
    assertThat(pusher.tick()).isTrue();
    assertThat(pending()).isEmpty();
    assertThat(dataDir.resolve("metrics/rejected"))
        .isDirectoryContaining(
            f ->
                f.getFileName()
                    .toString()
                    .startsWith(String.format("%013d", minute.toEpochMilli())));
    assertThat(plane.nodeApi.metricPoints).hasSize(2); // the next batch still went
    pusher.tick();
    assertThat(plane.nodeApi.metricPoints).hasSize(2);
  }

  @Test
  void pointsOfADeletedDeploymentAreDroppedAndTheRestDelivered() throws Exception {
    plane.nodeApi.deletedDeployments.add(D2);
    serveAMinute(0);
    assertThat(pusher(50L << 20, null).tick()).isTrue();
    assertThat(plane.nodeApi.metricPoints)
        .extracting(p -> p.path("deploymentId").asText())
        .containsExactly(D1);
    assertThat(pending()).isEmpty();
  }

  @Test
  void waitsForASiteIdAndUsesEdgewiseSiteWhenItIsOne() throws Exception {
    plane.siteIdInAnswer = false;
    link.close();
    Files.delete(dataDir.resolve("registration.json"));
    link = new RunningLink(plane, dataDir, Duration.ofSeconds(5)).start();
    serveAMinute(0);
    assertThat(pusher(50L << 20, null).tick()).isFalse();
    assertThat(pending()).hasSize(1);
    assertThat(pusher(50L << 20, FakeControlPlane.SITE_ID.toString()).tick()).isTrue();
    assertThat(plane.nodeApi.metricPoints).hasSize(2);
  }

  @Test
  void theBufferDropsItsOldestBatchesBeyondItsBound() throws Exception {
    plane.nodeApi.metricsStatus = 503;
    MetricsPusher pusher = pusher(1200, null);
    for (int minute = 0; minute < 6; minute++) {
      serveAMinute(minute);
      pusher.tick();
    }
    List<Path> left = pending();
    assertThat(left).hasSizeBetween(1, 4);
    long total = 0;
    for (Path f : left) {
      total += Files.size(f);
    }
    assertThat(total).isLessThanOrEqualTo(1200);
    String newest =
        String.format(
            "%013d",
            clock
                .instant()
                .truncatedTo(ChronoUnit.MINUTES)
                .minus(Duration.ofMinutes(1))
                .toEpochMilli());
    assertThat(left.get(left.size() - 1).getFileName().toString()).startsWith(newest);
  }

  /**
   * Three requests of D1 (one over its 10 ms objective) and one of D2 in the current minute, then
   * the next minute.
   */
  private void serveAMinute(int minute) {
    aggregator.served(D1, null, 4, 100, true);
    aggregator.served(D1, null, 12, 100, true);
    aggregator.missed(D1);
    aggregator.served(D2, null, 1, 50, false);
    clock.advance(Duration.ofMinutes(1));
  }

  private MetricsPusher pusher(long maxBytes, String fallbackSite) {
    ControlPlaneClient client = new ControlPlaneClient(plane.url());
    return new MetricsPusher(
        client,
        link.link,
        aggregator,
        new MetricsOutbox(dataDir, maxBytes, client.json()),
        clock,
        Duration.ofSeconds(5),
        fallbackSite);
  }

  private List<Path> pending() throws Exception {
    return new MetricsOutbox(dataDir, 1, new ObjectMapper()).pending();
  }
}
