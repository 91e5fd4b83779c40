package io.edgewise.agent.serving;

import ai.djl.Device;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Runs a model file straight through DJL, outside serving: the expected outputs. */
public final class DjlReference {

  private DjlReference() {}

  /** Float outputs in output order for float inputs given by name. */
  public static List<float[]> run(Path file, Map<String, float[]> data, Map<String, long[]> shapes)
      throws Exception {
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(file)
            .optEngine("OnnxRuntime")
            .optDevice(Device.cpu())
            .optTranslator(new NoopTranslator())
            .build();
    try (ZooModel<NDList, NDList> model = criteria.loadModel();
        Predictor<NDList, NDList> predictor = model.newPredictor();
        NDManager manager = NDManager.newBaseManager(Device.cpu(), "OnnxRuntime")) {
      NDList feed = new NDList();
      data.forEach(
          (name, values) -> {
            NDArray array = manager.create(values, new Shape(shapes.get(name)));
            array.setName(name);
            feed.add(array);
          });
      NDList result = predictor.predict(feed);
      List<float[]> outputs = new ArrayList<>();
      result.forEach(a -> outputs.add(a.toFloatArray()));
      return outputs;
    }
  }

  public static float[] random(long seed, int count) {
    Random random = new Random(seed);
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return values;
  }

  public static double maxDifference(float[] a, float[] b) {
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
