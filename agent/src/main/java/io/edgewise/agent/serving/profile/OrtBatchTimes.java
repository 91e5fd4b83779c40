package io.edgewise.agent.serving.profile;

import ai.djl.engine.Engine;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency against batch size of one model on this node, the batch profile Nexus packs GPUs with
 * (Shen et al., SOSP'19). A session built as serving's is (ONNX Runtime's default optimisations,
 * the CUDA provider when this build has it) runs random inputs of batch 1, 2, 4, … up to {@code
 * maxBatch}: {@link #WARM_UP} runs, then {@link #RUNS} timed runs whose median is kept. It stops
 * early when a batch cannot be allocated (the GPU's memory limit) and after the first batch slower
 * than {@link #SLOW_RUN_MS}. A model whose batch dimension is fixed is timed at batch 1 only.
 *
 * <p>To leave the cores to serving, every run is followed by a pause as long as the run (at most
 * half the time is spent measuring).
 */
public final class OrtBatchTimes {

  static final int WARM_UP = 2;
  static final int RUNS = 5;

  /** A batch whose median run takes longer is the last one tried. */
  static final double SLOW_RUN_MS = 1_000;

  private OrtBatchTimes() {}

  /**
   * Median milliseconds per batch size (1, 2, 4, …), made non-decreasing by {@link #nonDecreasing}.
   */
  public static Map<Integer, Double> measure(Path model, int maxBatch)
      throws OrtException, InterruptedException {
    Engine.getEngine("OnnxRuntime"); // DJL first: it configures ONNX Runtime's environment
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      ServingProvider.use(options);
      try (OrtSession session = env.createSession(model.toString(), options)) {
        int largest = RandomInputs.batchable(session) ? Math.max(1, maxBatch) : 1;
        Map<Integer, Double> medians = new LinkedHashMap<>();
        for (int batch = 1; batch <= largest; batch *= 2) {
          double ms;
          try {
            ms = medianMs(env, session, batch);
          } catch (OrtException | OutOfMemoryError e) {
            if (batch == 1) {
              throw e;
            }
            break; // the memory limit: larger batches cannot be served either
          }
          medians.put(batch, ms);
          if (ms > SLOW_RUN_MS) {
            break;
          }
        }
        return nonDecreasing(medians);
      }
    }
  }

  /**
   * The curve with each time raised to the one before it where noise made a larger batch look
   * faster: a batch never runs faster than a smaller one, and the planner should not count on it.
   */
  static Map<Integer, Double> nonDecreasing(Map<Integer, Double> medians) {
    Map<Integer, Double> curve = new LinkedHashMap<>();
    double floor = 0;
    for (var e : medians.entrySet()) {
      floor = Math.max(floor, e.getValue());
      curve.put(e.getKey(), floor);
    }
    return curve;
  }

  private static double medianMs(OrtEnvironment env, OrtSession session, int batch)
      throws OrtException, InterruptedException {
    Map<String, OnnxTensor> inputs = RandomInputs.of(env, session, batch);
    try {
      double[] ms = new double[RUNS];
      for (int i = 0; i < WARM_UP + RUNS; i++) {
        long start = System.nanoTime();
        session.run(inputs).close();
        long took = System.nanoTime() - start;
        if (i >= WARM_UP) {
          ms[i - WARM_UP] = took / 1e6;
        }
        Thread.sleep(took / 1_000_000, (int) (took % 1_000_000));
      }
      Arrays.sort(ms);
      return ms[RUNS / 2];
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }
}
