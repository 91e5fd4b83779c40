package io.edgewise.agent.plan;

import io.edgewise.agent.serving.OrtSignatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

/**
 * Bytes of one sample of a whole model's inputs, read from its ONNX file (the assignments do not
 * carry them): each input's element size times its dimensions, a dynamic dimension counted as 1.
 * Cached per file (a file is named by its sha256, so it never changes); 0 when the file cannot be
 * read.
 */
public final class OnnxInputBytes implements ToLongFunction<Path> {
  private static final Logger LOG = Logger.getLogger(OnnxInputBytes.class.getName());
  private final Map<Path, Long> known = new ConcurrentHashMap<>();

  @Override
  public long applyAsLong(Path file) {
    return known.computeIfAbsent(file, OnnxInputBytes::read);
  }

  private static long read(Path file) {
    try {
      return OrtSignatures.read(file).inputBytesPerSample();
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          "input size of "
              + file
              + " unknown ("
              + e.getMessage()
              + "); bytes avoided by splits count as 0");
      return 0L;
    }
  }
}
