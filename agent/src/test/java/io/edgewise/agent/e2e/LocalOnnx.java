package io.edgewise.agent.e2e;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an ONNX model in this JVM with DJL's ONNX Runtime engine: the expected answers, and a device computing a head. */
final class LocalOnnx {
  private LocalOnnx() {}

  /** One float tensor: its name, shape and data in C order. */
  record Tensor(String name, long[] shape, float[] data) {}

  static List<Tensor> run(byte[] onnx, Path scratch, Tensor... inputs) throws Exception {
    Path file = Files.createTempFile(scratch, "model-", ".onnx");
    Files.write(file, onnx);
    Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
        .optModelPath(file).optEngine("OnnxRuntime").build();
    try (ZooModel<NDList, NDList> model = criteria.loadModel();
        Predictor<NDList, NDList> predictor = model.newPredictor();
        NDManager manager = NDManager.newBaseManager("OnnxRuntime")) {
      NDList feed = new NDList();
      for (Tensor input : inputs) {
        NDArray array = manager.create(input.data(), new Shape(input.shape()));
        array.setName(input.name());
        feed.add(array);
      }
      List<Tensor> outputs = new ArrayList<>();
      for (NDArray out : predictor.predict(feed)) {
        outputs.add(new Tensor(out.getName(), out.getShape().getShape(), out.toFloatArray()));
      }
      return outputs;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static double maxDifference(float[] a, float[] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}
