package io.edgewise.registry.onnx;

import static io.edgewise.registry.onnx.GraphBuilder.integer;
import static io.edgewise.registry.onnx.GraphBuilder.ints;
import static io.edgewise.registry.onnx.GraphBuilder.real;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;
import java.util.Random;

/**
 * Seeded random CNN chains of varied width (8–64 channels) and resolution (48–96 px), so that
 * calibration sees every layer type at many sizes: blocks of conv (1×1 or 3×3, stride 1 or 2) →
 * batch norm → an activation (ReLU, sigmoid, tanh or leaky ReLU) → sometimes a 2×2 max or average
 * pool, then global average pool → flatten → gemm → ReLU → gemm → softmax. Batch 1, float32, opset
 * 17; a chain, so the profiler times every layer on its own.
 */
public final class CalibrationModels {

  private static final List<String> ACTIVATIONS = List.of("Relu", "Sigmoid", "Tanh", "LeakyRelu");

  private CalibrationModels() {}

  public static ModelProto chain(long seed) {
    Random random = new Random(seed);
    int size = List.of(48, 64, 80, 96).get(random.nextInt(4));
    int channels = 3;
    GraphBuilder g = new GraphBuilder("calibration" + seed, seed).input("x", 1, 3, size, size);
    String x = "x";
    int blocks = 3 + random.nextInt(3);
    for (int b = 0; b < blocks; b++) {
      int kernel = random.nextInt(3) == 0 ? 1 : 3;
      int stride = size > 8 && random.nextInt(4) == 0 ? 2 : 1;
      int out = 16 << random.nextInt(3);
      // at most ~0.2 GFLOP per conv, so that profiling every prefix stays within seconds
      while (out > 8
          && 2.0 * channels * kernel * kernel * out * size * size / stride / stride > 2e8) {
        out /= 2;
      }
      String p = "b" + b;
      g.weights(p + ".w", (long) channels * kernel * kernel, out, channels, kernel, kernel)
          .weights(p + ".b", (long) channels * kernel * kernel, out);
      g.node(
          p + "_conv",
          "Conv",
          List.of(x, p + ".w", p + ".b"),
          p + "_c",
          ints("pads", kernel / 2, kernel / 2, kernel / 2, kernel / 2),
          ints("strides", stride, stride));
      size = (size - 1) / stride + 1;
      positive(g, p + ".scale", out);
      g.weights(p + ".shift", 1, out).weights(p + ".mean", 1, out);
      positive(g, p + ".var", out);
      g.node(
          p + "_bn",
          "BatchNormalization",
          List.of(p + "_c", p + ".scale", p + ".shift", p + ".mean", p + ".var"),
          p + "_n");
      String act = ACTIVATIONS.get(random.nextInt(ACTIVATIONS.size()));
      if (act.equals("LeakyRelu")) {
        g.node(p + "_act", act, List.of(p + "_n"), p + "_a", real("alpha", 0.1f));
      } else {
        g.node(p + "_act", act, List.of(p + "_n"), p + "_a");
      }
      x = p + "_a";
      if (size >= 8 && random.nextInt(2) == 0) {
        String pool = random.nextBoolean() ? "MaxPool" : "AveragePool";
        g.node(
            p + "_pool",
            pool,
            List.of(x),
            p + "_p",
            ints("kernel_shape", 2, 2),
            ints("strides", 2, 2));
        size /= 2;
        x = p + "_p";
      }
      channels = out;
    }
    int hidden = 32 << random.nextInt(4);
    g.weights("fc1.w", channels, hidden, channels)
        .weights("fc1.b", channels, hidden)
        .weights("fc2.w", hidden, 10, hidden)
        .weights("fc2.b", hidden, 10)
        .node("gap", "GlobalAveragePool", List.of(x), "g")
        .node("flatten", "Flatten", List.of("g"), "f", integer("axis", 1))
        .node("fc1", "Gemm", List.of("f", "fc1.w", "fc1.b"), "h", integer("transB", 1))
        .node("fc1_act", "Relu", List.of("h"), "h_r")
        .node("fc2", "Gemm", List.of("h_r", "fc2.w", "fc2.b"), "z", integer("transB", 1))
        .node("softmax", "Softmax", List.of("z"), "y", integer("axis", 1))
        .output("y", 1, 10);
    return g.model();
  }

  /** A 1-D initializer of values in [0.5, 1.5): batch-norm scales and variances. */
  private static void positive(GraphBuilder g, String name, int count) {
    TensorProto.Builder t =
        TensorProto.newBuilder()
            .setName(name)
            .setDataType(TensorProto.DataType.FLOAT_VALUE)
            .addDims(count);
    Random random = new Random(name.hashCode());
    for (int i = 0; i < count; i++) {
      t.addFloatData(0.5f + random.nextFloat());
    }
    g.proto().addInitializer(t);
  }
}
