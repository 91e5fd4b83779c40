package io.edgewise.agent.serving.profile;

import io.edgewise.agent.serving.ServingEvents;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures each whole model once per version, in the background on one low-priority thread, one
 * model at a time: first the per-node times ({@link OrtNodeTimes}, reported through {@link
 * ServingEvents#profiled}), then latency against batch size up to {@code batchCurveMax} ({@link
 * OrtBatchTimes}, reported through {@link ServingEvents#batchProfiled}). A failed measurement is
 * logged and not retried.
 */
public final class NodeProfiler implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(NodeProfiler.class.getName());

  private final ServingEvents events;
  private final ExecutorService worker;
  private final int batchCurveMax;
  private final Set<String> versions = ConcurrentHashMap.newKeySet();

  public NodeProfiler(ServingEvents events, ThreadFactory threads, int batchCurveMax) {
    this.events = events;
    this.worker = Executors.newSingleThreadExecutor(threads);
    this.batchCurveMax = batchCurveMax;
  }

  /**
   * Queues the measurement of {@code versionId}'s model unless it was measured (or queued) before.
   */
  public void profileOnce(String versionId, Path file) {
    if (!versions.add(versionId)) {
      return;
    }
    worker.execute(
        () -> {
          nodeTimes(versionId, file);
          batchCurve(versionId, file);
        });
  }

  private void nodeTimes(String versionId, Path file) {
    try {
      Map<String, Double> nodeMs = OrtNodeTimes.measure(file, OrtNodeTimes.RUNS);
      LOG.info(() -> "measured " + nodeMs.size() + " node times of version " + versionId);
      events.profiled(versionId, nodeMs);
    } catch (Exception | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "could not measure the node times of version " + versionId + ": " + e.getMessage(),
          e);
    }
  }

  private void batchCurve(String versionId, Path file) {
    try {
      Map<Integer, Double> msByBatch = OrtBatchTimes.measure(file, batchCurveMax);
      LOG.info(() -> "measured the batch curve of version " + versionId + ": " + msByBatch);
      events.batchProfiled(versionId, msByBatch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "could not measure the batch curve of version " + versionId + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
