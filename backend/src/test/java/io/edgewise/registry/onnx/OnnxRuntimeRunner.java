package io.edgewise.registry.onnx;

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
import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs an ONNX model in DJL's ONNX Runtime engine (CPU): named float inputs in, outputs by graph
 * output name.
 */
final class OnnxRuntimeRunner {

  private static final String ENGINE = "OnnxRuntime";

  private OnnxRuntimeRunner() {}

  static Map<String, FloatTensor> run(ModelProto proto, Map<String, FloatTensor> inputs) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("edgewise-onnx");
      Files.write(dir.resolve("model.onnx"), proto.toByteArray());
      try (Model model = Model.newInstance(proto.getGraph().getName(), Device.cpu(), ENGINE)) {
        model.load(dir, "model");
        try (Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator());
            NDManager manager = NDManager.newBaseManager(Device.cpu(), ENGINE)) {
          NDList feed = new NDList();
          inputs.forEach(
              (name, tensor) -> {
                NDArray array = manager.create(tensor.data(), new Shape(tensor.shape()));
                array.setName(name);
                feed.add(array);
              });
          NDList result = predictor.predict(feed);
          Map<String, FloatTensor> outputs = new LinkedHashMap<>();
          for (int i = 0; i < result.size(); i++) {
            NDArray array = result.get(i);
            outputs.put(
                proto.getGraph().getOutput(i).getName(),
                new FloatTensor(array.toFloatArray(), array.getShape().getShape()));
          }
          return outputs;
        }
      }
    } catch (IOException | MalformedModelException | TranslateException e) {
      throw new IllegalStateException(
          "ONNX Runtime could not run model '"
              + proto.getGraph().getName()
              + "': "
              + e.getMessage(),
          e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder does not affect the test's result
    }
  }
}
