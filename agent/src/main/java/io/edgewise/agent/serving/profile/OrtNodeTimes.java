package io.edgewise.agent.serving.profile;

import ai.djl.engine.Engine;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times every node of a model with ONNX Runtime's profiler: a separate, unoptimised session (so
 * each graph node keeps its own kernel and name) runs random inputs of the declared shape (dynamic
 * dimensions = 1) a few times to warm up, then {@code runs} times; the trace's {@code
 * <node>_kernel_time} events give the mean per node. It runs where serving runs (GPU 0 with the
 * CUDA build), so times stored under a GPU's key are that GPU's.
 */
public final class OrtNodeTimes {

  /** Timed runs after the warm-up. */
  public static final int RUNS = 20;

  static final int WARM_UP = 3;

  private OrtNodeTimes() {}

  /**
   * On a GPU the trace's kernel times are the host's launch times (CUDA runs them asynchronously),
   * so there they only share out the measured wall time of a run (which waits for the outputs).
   */
  static Map<String, Double> scaledTo(Map<String, Double> nodeMs, double wallMs) {
    double sum = nodeMs.values().stream().mapToDouble(Double::doubleValue).sum();
    if (!(sum > 0)) {
      return nodeMs;
    }
    Map<String, Double> scaled = new LinkedHashMap<>();
    nodeMs.forEach((node, ms) -> scaled.put(node, ms * wallMs / sum));
    return scaled;
  }

  /** Milliseconds per node name, in the order the nodes first ran. */
  public static Map<String, Double> measure(Path model, int runs) throws OrtException, IOException {
    Engine.getEngine(
        "OnnxRuntime"); // DJL first: it configures ONNX Runtime's environment (DESIGN.md)
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    Path dir = Files.createTempDirectory("edgewise-profile");
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OptLevel.NO_OPT);
      boolean gpu = ServingProvider.use(options);
      options.enableProfiling(dir.resolve("trace").toString());
      Path trace;
      long wallNanos = 0;
      try (OrtSession session = env.createSession(model.toString(), options)) {
        Map<String, OnnxTensor> inputs = RandomInputs.of(env, session, 1);
        try {
          for (int i = 0; i < WARM_UP + runs; i++) {
            long start = System.nanoTime();
            session.run(inputs).close();
            wallNanos += i < WARM_UP ? 0 : System.nanoTime() - start;
          }
        } finally {
          inputs.values().forEach(OnnxTensor::close);
        }
        trace = Path.of(session.endProfiling());
      }
      Map<String, Double> nodeMs = ProfileTrace.meanNodeMs(Files.readAllBytes(trace), runs);
      return gpu ? scaledTo(nodeMs, wallNanos / 1e6 / runs) : nodeMs;
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
