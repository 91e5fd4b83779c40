package io.edgewise.agent.store;

import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.NodeCredential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The artifacts of this node in {@code <data dir>/models/<sha256>.onnx}. {@link #want} names what
 * the current plan needs: missing files are downloaded in the background (two at a time; one
 * download per sha however often it is asked for), a failed or corrupt download is retried with
 * backoff while the plan still names it, and after each finished download {@code onStored} runs.
 * The bytes held stay under the bound by evicting the least recently used files the plan does not
 * name; planned files are never evicted, even if the plan alone exceeds the bound (a warning says
 * so). Files found at {@link #open} are verified by recomputing their hash; a mismatch is deleted.
 */
public class ModelStore implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ModelStore.class.getName());

  private final Path dir;
  private final StoreIndex index;
  private final ArtifactDownload download;
  private final Backoff backoff;
  private final Runnable onStored;
  private final ScheduledExecutorService workers =
      new ScheduledThreadPoolExecutor(
          2,
          r -> {
            Thread t = new Thread(r, "edgewise-model-store");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, CompletableFuture<Path>> inFlight = new HashMap<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private Map<String, Long> planned = Map.of();

  public ModelStore(
      Path dataDir,
      long maxBytes,
      ControlPlaneClient client,
      NodeCredential credential,
      Backoff backoff,
      Runnable onStored) {
    this.dir = dataDir.resolve("models");
    this.index = new StoreIndex(maxBytes);
    this.download = new ArtifactDownload(client, credential);
    this.backoff = backoff;
    this.onStored = onStored;
  }

  /**
   * Reads what an earlier run stored: each {@code <sha256>.onnx} whose bytes still hash to its
   * name; the rest is deleted.
   */
  public void open() throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        String sha = name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : "";
        if (Sha256.valid(sha) && Sha256.of(file).equals(sha)) {
          index.stored(sha, Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } else {
          LOG.warning("deleting " + file + ": not an artifact whose bytes match its name");
          Files.deleteIfExists(file);
        }
      }
    }
    LOG.info(
        "model store "
            + dir
            + ": "
            + index.files().size()
            + " verified artifact(s), "
            + index.totalBytes()
            + " bytes");
  }

  /**
   * Makes the store hold {@code wanted} (sha256 → expected size): downloads what is missing, may
   * evict the rest.
   */
  public synchronized void want(Map<String, Long> wanted) {
    planned = Map.copyOf(wanted);
    index.touch(wanted.keySet(), System.currentTimeMillis());
    long plannedBytes = wanted.values().stream().mapToLong(Long::longValue).sum();
    if (plannedBytes > index.maxBytes()) {
      LOG.warning(
          "the plan names "
              + plannedBytes
              + " bytes of artifacts, more than the store's bound of "
              + index.maxBytes()
              + "; keeping them all");
    }
    wanted.forEach(
        (sha, size) -> {
          if (!index.has(sha)) {
            fetch(sha);
          }
        });
  }

  /**
   * The download of {@code sha256}, started if none is under way; the same future for concurrent
   * callers.
   */
  public synchronized CompletableFuture<Path> fetch(String sha256) {
    if (!Sha256.valid(sha256)) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("not a sha256: " + sha256));
    }
    return inFlight.computeIfAbsent(
        sha256,
        sha -> {
          index.downloading(sha, planned.getOrDefault(sha, 0L));
          return CompletableFuture.supplyAsync(() -> run(sha), workers);
        });
  }

  /** The verified file of every artifact stored now. */
  public Map<String, Path> files() {
    Map<String, Path> files = new HashMap<>();
    index.files().forEach(sha -> files.put(sha, file(sha)));
    return files;
  }

  /** Each artifact this store knows: stored, downloading or failed (with the error). */
  public Map<String, StoreIndex.Entry> entries() {
    return index.entries();
  }

  private Path run(String sha) {
    Path target = file(sha);
    try {
      makeRoom();
      download.fetch(sha, target);
      long size = Files.size(target);
      index.stored(sha, size, System.currentTimeMillis());
      synchronized (this) {
        inFlight.remove(sha);
        failures.remove(sha);
      }
      LOG.info("stored artifact " + sha + " (" + size + " bytes)");
      makeRoom();
      onStored.run();
      return target;
    } catch (Exception e) {
      retryLater(sha, e);
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private synchronized void retryLater(String sha, Exception e) {
    inFlight.remove(sha);
    int n = failures.merge(sha, 1, Integer::sum);
    index.failed(sha, e.getMessage());
    long delay = backoff.delay(n - 1).toMillis();
    LOG.warning(
        "artifact "
            + sha
            + " not stored ("
            + e.getMessage()
            + "); retrying in "
            + delay
            + " ms while planned");
    workers.schedule(
        () -> {
          synchronized (this) {
            if (planned.containsKey(sha) && !index.has(sha)) {
              fetch(sha);
            }
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Evicts least recently used, unplanned files until the stored and the downloading files fit the
   * bound.
   */
  private synchronized void makeRoom() {
    Set<String> keep = new HashSet<>(planned.keySet());
    keep.addAll(inFlight.keySet());
    for (String sha : index.evictable(keep)) {
      try {
        Files.deleteIfExists(file(sha));
        index.evicted(sha);
        LOG.info(
            "evicted artifact "
                + sha
                + " (least recently used, not in the plan) to stay under "
                + index.maxBytes()
                + " bytes");
      } catch (IOException e) {
        LOG.warning("could not evict " + file(sha) + ": " + e.getMessage());
      }
    }
  }

  private Path file(String sha) {
    return dir.resolve(sha + ".onnx");
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
