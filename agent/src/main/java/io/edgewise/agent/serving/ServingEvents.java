package io.edgewise.agent.serving;

import java.util.Map;

/**
 * What serving tells the rest of the agent (metrics, heartbeats, the control plane's profiles). One
 * CDI bean implements it; calls come from serving threads and must return quickly.
 */
public interface ServingEvents {

  /** Nobody listens: serving on its own, as in tests of the parts around it. */
  ServingEvents NONE = new NoServingEvents();

  /**
   * A request was answered with 200.
   *
   * @param cut null for the whole model
   * @param ms server-side latency from the request's arrival to its answer
   * @param bytesIn the request body's size
   * @param warm whether its model was already loaded when the request arrived (a cache hit)
   */
  void served(String deploymentId, String cut, double ms, long bytesIn, boolean warm);

  /** A request found its model not loaded yet and was answered 503 (a cache miss). */
  void missed(String deploymentId, String cut);

  /**
   * A request to {@code deploymentId} carried its device's timings of an earlier request (a
   * well-formed {@code X-Edgewise-Timing} header with at least one valid time).
   */
  default void timed(String deploymentId, DeviceTiming timing) {}

  /** A model finished loading (or failed to: {@code error} set, {@code ms} the time spent). */
  void loaded(String versionId, String sha256, double ms, String error);

  /**
   * Per-node times measured on this node's accelerator for a whole model (ONNX Runtime's profiler,
   * batch 1), keyed by graph node name, in milliseconds.
   */
  void profiled(String versionId, Map<String, Double> nodeMs);

  /**
   * Latency against batch size of a whole model on this node's accelerator, measured in the
   * background after it loaded: milliseconds per batch size (1, 2, 4, …, in that order); one entry
   * when the model's batch dimension is fixed.
   */
  void batchProfiled(String versionId, Map<Integer, Double> msByBatch);
}
