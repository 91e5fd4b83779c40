package io.edgewise.agent.plan;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

/**
 * Bytes of one sample of a whole model's inputs, read from its ONNX file with ONNX Runtime (the assignments do not carry
 * them): each tensor input's element size times its dimensions, a dynamic dimension counted as 1. Cached per file (a
 * file is named by its sha256, so it never changes); 0 when the file cannot be read.
 */
public final class OnnxInputBytes implements ToLongFunction<Path> {
  private static final Logger LOG = Logger.getLogger(OnnxInputBytes.class.getName());
  private final Map<Path, Long> known = new ConcurrentHashMap<>();

  @Override
  public long applyAsLong(Path file) {
    return known.computeIfAbsent(file, OnnxInputBytes::read);
  }

  private static long read(Path file) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session = OrtEnvironment.getEnvironment().createSession(file.toString(), options)) {
      long total = 0;
      for (NodeInfo input : session.getInputInfo().values()) {
        if (input.getInfo() instanceof TensorInfo tensor) {
          long elements = 1;
          for (long dim : tensor.getShape()) {
            elements *= Math.max(1, dim);
          }
          total += elements * tensor.type.size;
        }
      }
      return total;
    } catch (OrtException | RuntimeException e) {
      LOG.warning("input size of " + file + " unknown (" + e.getMessage() + "); bytes avoided by splits count as 0");
      return 0L;
    }
  }
}
