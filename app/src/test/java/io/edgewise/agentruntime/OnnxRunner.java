package io.edgewise.agentruntime;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs a one-input, one-output ONNX file in DJL's ONNX Runtime engine (CPU), as an agent or a
 * device would.
 */
final class OnnxRunner {

  private static final String ENGINE = "OnnxRuntime";

  /** A float tensor: flat data in C order and its shape. */
  record Floats(float[] data, long[] shape) {}

  private OnnxRunner() {}

  static Floats run(byte[] onnx, Floats input) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("edgewise-split");
      Files.write(dir.resolve("model.onnx"), onnx);
      try (Model model = Model.newInstance("split", Device.cpu(), ENGINE)) {
        model.load(dir, "model");
        try (Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator());
            NDManager manager = NDManager.newBaseManager(Device.cpu(), ENGINE)) {
          NDList result =
              predictor.predict(new NDList(manager.create(input.data(), new Shape(input.shape()))));
          NDArray out = result.singletonOrThrow();
          return new Floats(out.toFloatArray(), out.getShape().getShape());
        }
      }
    } catch (IOException | MalformedModelException | TranslateException e) {
      throw new IllegalStateException("ONNX Runtime could not run the model: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder does not change the test's result
    }
  }
}
