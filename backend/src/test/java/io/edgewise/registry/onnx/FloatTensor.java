package io.edgewise.registry.onnx;

import java.util.Arrays;
import java.util.Random;

/** A dense float32 tensor passed to and from ONNX Runtime in tests. */
record FloatTensor(float[] data, long[] shape) {

  static FloatTensor random(Random random, long... shape) {
    float[] data = new float[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    return new FloatTensor(data, shape);
  }

  /** The largest absolute element-wise difference; infinite when the shapes differ. */
  double maxDifference(FloatTensor other) {
    if (!Arrays.equals(shape, other.shape)) {
      return Double.POSITIVE_INFINITY;
    }
    double max = 0;
    for (int i = 0; i < data.length; i++) {
      max = Math.max(max, Math.abs(data[i] - other.data[i]));
    }
    return max;
  }
}
