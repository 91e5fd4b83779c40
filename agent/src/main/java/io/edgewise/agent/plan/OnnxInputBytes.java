package io.edgewise.agent.plan;

import io.edgewise.agent.serving.OrtSignatures;
import io.edgewise.agent.serving.tensor.Signature;
import io.edgewise.agent.serving.tensor.TensorSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

/**
 * Bytes of one sample of a whole model's inputs, read from its ONNX file (the assignments do not
 * carry them): each input's element size times its dimensions, a lone dynamic (batch) dimension
 * counted as one sample. Cached per file (a file is named by its sha256, so it never changes); 0,
 * meaning unknown (no bytes avoided are claimed), when the file cannot be read or an input has more
 * than one dynamic dimension: a {@code [N, 3, H, W]} input's size depends on the serving shape, and
 * counting H and W as 1 would claim a 12-byte upload.
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
      Signature signature = OrtSignatures.read(file);
      for (TensorSpec input : signature.inputs()) {
        long dynamic = Arrays.stream(input.shape()).filter(d -> d < 0).count();
        if (dynamic > 1) {
          LOG.warning(
              "input '"
                  + input.name()
                  + "' of "
                  + file
                  + " has "
                  + dynamic
                  + " dynamic dimensions, so its size depends on the serving shape; bytes avoided"
                  + " by splits are not claimed");
          return 0L;
        }
      }
      return signature.inputBytesPerSample();
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
