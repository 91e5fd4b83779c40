package io.edgewise.agent.serving.profile;

import ai.djl.engine.Engine;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Times every node of a model with ONNX Runtime's profiler: a separate, unoptimised session (so
 * each graph node keeps its own kernel and name) runs random inputs of the declared shape (dynamic
 * dimensions = 1) a few times to warm up, then {@code runs} times; the trace's {@code
 * <node>_kernel_time} events give the mean per node.
 */
public final class OrtNodeTimes {

  /** Timed runs after the warm-up. */
  public static final int RUNS = 20;

  static final int WARM_UP = 3;

  private OrtNodeTimes() {}

  /** Milliseconds per node name, in the order the nodes first ran. */
  public static Map<String, Double> measure(Path model, int runs) throws OrtException, IOException {
    Engine.getEngine(
        "OnnxRuntime"); // DJL first: it configures ONNX Runtime's environment (DESIGN.md)
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    Path dir = Files.createTempDirectory("edgewise-profile");
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OptLevel.NO_OPT);
      options.enableProfiling(dir.resolve("trace").toString());
      Path trace;
      try (OrtSession session = env.createSession(model.toString(), options)) {
        Map<String, OnnxTensor> inputs = randomInputs(env, session);
        try {
          for (int i = 0; i < WARM_UP + runs; i++) {
            session.run(inputs).close();
          }
        } finally {
          inputs.values().forEach(OnnxTensor::close);
        }
        trace = Path.of(session.endProfiling());
      }
      return ProfileTrace.meanNodeMs(Files.readAllBytes(trace), runs);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Map<String, OnnxTensor> randomInputs(OrtEnvironment env, OrtSession session)
      throws OrtException {
    Random random = new Random(1);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    for (NodeInfo input : session.getInputInfo().values()) {
      TensorInfo info = (TensorInfo) input.getInfo();
      long[] shape = info.getShape();
      long count = 1;
      for (int d = 0; d < shape.length; d++) {
        shape[d] = shape[d] < 0 ? 1 : shape[d];
        count *= shape[d];
      }
      OnnxTensor tensor =
          switch (info.type) {
            case INT64 ->
                OnnxTensor.createTensor(
                    env,
                    ByteBuffer.allocateDirect((int) count * 8)
                        .order(ByteOrder.nativeOrder())
                        .asLongBuffer(),
                    shape);
            case INT32 ->
                OnnxTensor.createTensor(
                    env,
                    ByteBuffer.allocateDirect((int) count * 4)
                        .order(ByteOrder.nativeOrder())
                        .asIntBuffer(),
                    shape);
            default -> {
              var data =
                  ByteBuffer.allocateDirect((int) count * 4)
                      .order(ByteOrder.nativeOrder())
                      .asFloatBuffer();
              while (data.hasRemaining()) {
                data.put((float) random.nextGaussian());
              }
              yield OnnxTensor.createTensor(env, data.flip(), shape);
            }
          };
      inputs.put(input.getName(), tensor);
    }
    return inputs;
  }
}
