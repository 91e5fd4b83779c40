package io.edgewise.agent.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Closed minutes waiting to be pushed: {@code <data dir>/metrics/<minute epoch ms>-<n>.json}, one
 * file per batch ({@code {"points":[…]}}), written atomically (temp file, then move), sent and
 * deleted in name order. Bounded: batches older than {@link #MAX_AGE} (the control plane keeps
 * minutes 7 days and refuses older ones) and, past {@code maxBytes}, the oldest batches are dropped
 * with a warning. Refused batches go to {@code rejected/}.
 */
public class MetricsOutbox {
  /** Minutes older than this are dropped: the control plane would refuse them. */
  public static final Duration MAX_AGE = Duration.ofDays(7);

  private static final Logger LOG = Logger.getLogger(MetricsOutbox.class.getName());

  /** A batch as stored. */
  public record Batch(List<MetricPoint> points) {}

  private final ObjectMapper json;
  private final Path dir;
  private final long maxBytes;

  public MetricsOutbox(Path dataDir, long maxBytes, ObjectMapper json) {
    this.dir = dataDir.resolve("metrics");
    this.maxBytes = maxBytes;
    this.json = json;
  }

  public Path dir() {
    return dir;
  }

  /** Stores the points of one minute as a batch (nothing for none), then applies the bounds. */
  public synchronized void add(Instant minute, List<MetricPoint> points, Instant now)
      throws IOException {
    if (points.isEmpty()) {
      return;
    }
    Files.createDirectories(dir);
    Path file;
    int n = 0;
    do {
      file = dir.resolve(String.format("%013d-%d.json", minute.toEpochMilli(), n++));
    } while (Files.exists(file));
    write(file, new Batch(points));
    bound(now);
  }

  /** The pending batches, oldest first. */
  public synchronized List<Path> pending() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().matches("\\d{13}-\\d+\\.json"))
          .sorted()
          .toList();
    }
  }

  public Batch read(Path file) throws IOException {
    return json.readValue(file.toFile(), Batch.class);
  }

  /** Replaces a batch's points (after the control plane named some it cannot take). */
  public synchronized void rewrite(Path file, List<MetricPoint> points) throws IOException {
    if (points.isEmpty()) {
      Files.deleteIfExists(file);
    } else {
      write(file, new Batch(points));
    }
  }

  public synchronized void delivered(Path file) throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Moves a batch the control plane refused to {@code rejected/}, where it is kept for a person to
   * read.
   */
  public synchronized void reject(Path file) throws IOException {
    Path rejected = Files.createDirectories(dir.resolve("rejected"));
    Files.move(file, rejected.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }

  private void bound(Instant now) throws IOException {
    long oldest = now.minus(MAX_AGE).toEpochMilli();
    List<Path> files = pending();
    long total = 0;
    for (Path f : files) {
      total += Files.size(f);
    }
    for (Path f : files) {
      boolean tooOld = Long.parseLong(f.getFileName().toString().substring(0, 13)) < oldest;
      if (!tooOld && total <= maxBytes) {
        break;
      }
      total -= Files.size(f);
      Files.delete(f);
      LOG.warning(
          "dropped buffered metrics "
              + f.getFileName()
              + (tooOld
                  ? ": older than " + MAX_AGE.toDays() + " days"
                  : ": the buffer is over " + maxBytes + " bytes")
              + " while the control plane could not take them");
    }
  }

  private void write(Path file, Batch batch) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, json.writeValueAsBytes(batch));
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
