package io.edgewise.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsOutboxTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  @TempDir Path dataDir;

  @Test
  void keepsBatchesInMinuteOrderAsWholeFilesAndRoundTripsThem() throws Exception {
    MetricsOutbox outbox = new MetricsOutbox(dataDir, 1 << 20, new ObjectMapper());
    Instant later = NOW.minusSeconds(60);
    Instant earlier = NOW.minusSeconds(600);
    MetricPoint a = point(later);
    outbox.add(later, List.of(a), NOW);
    outbox.add(earlier, List.of(point(earlier)), NOW);
    outbox.add(
        later, List.of(point(later)), NOW); // a second batch of the same minute gets its own file
    outbox.add(later, List.of(), NOW); // nothing to keep
    List<Path> pending = outbox.pending();
    assertThat(pending)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            String.format("%013d-0.json", earlier.toEpochMilli()),
            String.format("%013d-0.json", later.toEpochMilli()),
            String.format("%013d-1.json", later.toEpochMilli()));
    assertThat(outbox.read(pending.get(1)).points()).containsExactly(a);
    try (var files = Files.list(outbox.dir())) {
      assertThat(files.toList()).noneMatch(f -> f.toString().endsWith(".tmp"));
    }
  }

  @Test
  void dropsBatchesOlderThanTheControlPlanesRetention() throws Exception {
    MetricsOutbox outbox = new MetricsOutbox(dataDir, 1 << 20, new ObjectMapper());
    Instant old = NOW.minus(MetricsOutbox.MAX_AGE).minusSeconds(60);
    outbox.add(old, List.of(point(old)), NOW.minus(Duration.ofDays(1)));
    assertThat(outbox.pending()).hasSize(1);
    outbox.add(NOW, List.of(point(NOW)), NOW);
    assertThat(outbox.pending())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(String.format("%013d-0.json", NOW.toEpochMilli()));
  }

  private static MetricPoint point(Instant minute) {
    return new MetricPoint(
        "11111111-1111-4111-8111-111111111111", minute.toString(), 2, 1, 2, 2, 0, 10, 0, 2, 0, 0);
  }
}
