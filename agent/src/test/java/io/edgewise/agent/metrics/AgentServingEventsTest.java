package io.edgewise.agent.metrics;

import static io.edgewise.agent.link.RunningLink.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.FakeControlPlane;
import io.edgewise.agent.link.RunningLink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentServingEventsTest {
  @TempDir Path dataDir;

  @Test
  void feedsMetricsRemembersLoadsAndSendsMeasuredProfilesUnderTheHardwareKey() throws Exception {
    try (FakeControlPlane plane = new FakeControlPlane();
        RunningLink link = new RunningLink(plane, dataDir, Duration.ofSeconds(5)).start();
        ProfileUploader profiles =
            new ProfileUploader(
                new ControlPlaneClient(plane.url()),
                link.link,
                "cpu-2c",
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), new Random(4)))) {
      MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:10Z"));
      MetricsAggregator aggregator = new MetricsAggregator(clock, id -> null);
      AgentServingEvents events = new AgentServingEvents();
      events.served(
          "d", null, 1, 1, true); // before the runtime attached its parts: not counted, no failure
      events.attach(aggregator, profiles);
      events.served("d", null, 2.5, 100, true);
      events.missed("d", null);
      events.loaded("v1", "a".repeat(64), 41.3, null);
      Map<String, Double> layers = new LinkedHashMap<>();
      layers.put("conv1", 0.12);
      layers.put("fc", 0.03);
      plane.failNext(2, 503); // retried with backoff
      events.profiled("v1", layers);

      clock.advance(Duration.ofMinutes(1));
      assertThat(aggregator.closeBefore(clock.instant()))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.requests()).isEqualTo(2);
                assertThat(p.cacheHits()).isEqualTo(1);
                assertThat(p.cacheMisses()).isEqualTo(1);
              });
      assertThat(events.loads())
          .containsEntry(
              "a".repeat(64), new AgentServingEvents.Load("v1", "a".repeat(64), 41.3, null));
      await(() -> plane.nodeApi.profiles.size() == 1, "the profile sent");
      JsonNode sent = plane.nodeApi.profiles.get(0);
      assertThat(sent.path("versionId").asText()).isEqualTo("v1");
      assertThat(sent.path("body").toString())
          .isEqualTo(
              "{\"hardware\":\"cpu-2c\",\"layers\":[{\"name\":\"conv1\",\"ms\":0.12},{\"name\":\"fc\",\"ms\":0.03}]}");
    }
  }

  @Test
  void sendsBatchCurvesToTheBatchCurveResourceUnderTheHardwareKey() throws Exception {
    try (FakeControlPlane plane = new FakeControlPlane();
        RunningLink link = new RunningLink(plane, dataDir, Duration.ofSeconds(5)).start();
        ProfileUploader profiles =
            new ProfileUploader(
                new ControlPlaneClient(plane.url()),
                link.link,
                "cpu-2c",
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), new Random(5)))) {
      AgentServingEvents events = new AgentServingEvents();
      events.attach(new MetricsAggregator(Clock.systemUTC(), id -> null), profiles);
      Map<Integer, Double> curve = new LinkedHashMap<>();
      curve.put(1, 2.0);
      curve.put(2, 2.5);
      curve.put(4, 3.5);
      plane.failNext(1, 503); // retried with backoff
      events.batchProfiled("v1", curve);

      await(() -> plane.nodeApi.profiles.size() == 1, "the batch curve sent");
      JsonNode sent = plane.nodeApi.profiles.get(0);
      assertThat(sent.path("versionId").asText()).isEqualTo("v1/batch-curve");
      assertThat(sent.path("body").toString())
          .isEqualTo(
              "{\"hardware\":\"cpu-2c\",\"points\":[{\"batch\":1,\"ms\":2.0},"
                  + "{\"batch\":2,\"ms\":2.5},{\"batch\":4,\"ms\":3.5}]}");
    }
  }
}
