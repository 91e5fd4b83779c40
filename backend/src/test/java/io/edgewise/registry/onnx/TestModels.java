package io.edgewise.registry.onnx;

import static io.edgewise.registry.onnx.GraphBuilder.integer;
import static io.edgewise.registry.onnx.GraphBuilder.ints;
import static io.edgewise.registry.onnx.GraphBuilder.tensor;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;

/**
 * The small ONNX models the tests use, generated with seeded random weights (opset 17, IR 8, batch
 * dimension symbolic {@code N}); nothing is downloaded.
 */
public final class TestModels {

  private TestModels() {}

  /**
   * A CNN chain on {@code x: [N,3,32,32]}: conv(8, 3×3, pad 1) → relu → maxpool(2×2, stride 2) →
   * conv(16, 3×3, stride 2, pad 1) → relu → global average pool → flatten → gemm(10) giving {@code
   * y: [N,10]}.
   */
  public static ModelProto cnn(long seed) {
    return new GraphBuilder("cnn", seed)
        .input("x", "N", 3, 32, 32)
        .weights("conv1.w", 27, 8, 3, 3, 3)
        .weights("conv1.b", 27, 8)
        .weights("conv2.w", 72, 16, 8, 3, 3)
        .weights("conv2.b", 72, 16)
        .weights("fc.w", 16, 10, 16)
        .weights("fc.b", 16, 10)
        .node("conv1", "Conv", List.of("x", "conv1.w", "conv1.b"), "c1", ints("pads", 1, 1, 1, 1))
        .node("relu1", "Relu", List.of("c1"), "r1")
        .node(
            "pool1",
            "MaxPool",
            List.of("r1"),
            "p1",
            ints("kernel_shape", 2, 2),
            ints("strides", 2, 2))
        .node(
            "conv2",
            "Conv",
            List.of("p1", "conv2.w", "conv2.b"),
            "c2",
            ints("pads", 1, 1, 1, 1),
            ints("strides", 2, 2))
        .node("relu2", "Relu", List.of("c2"), "r2")
        .node("gap", "GlobalAveragePool", List.of("r2"), "g")
        .node("flatten", "Flatten", List.of("g"), "f", integer("axis", 1))
        .node("fc", "Gemm", List.of("f", "fc.w", "fc.b"), "y", integer("transB", 1))
        .output("y", "N", 10)
        .model();
  }

  /**
   * A DAG on {@code x: [N,4,8,8]}: a stem conv, a residual block (conv → relu → conv, Add with the
   * stem's output), a two-branch block (1×1 conv ‖ 3×3 conv → relu, Concat), a {@code Constant}
   * scale, average pool, global average pool and a gemm giving {@code y: [N,5]}.
   */
  public static ModelProto residual(long seed) {
    TensorProto half =
        TensorProto.newBuilder()
            .setDataType(TensorProto.DataType.FLOAT_VALUE)
            .addFloatData(0.5f)
            .build();
    return new GraphBuilder("residual", seed)
        .input("x", "N", 4, 8, 8)
        .weights("stem.w", 36, 8, 4, 3, 3)
        .weights("stem.b", 36, 8)
        .weights("block.conv1.w", 72, 8, 8, 3, 3)
        .weights("block.conv1.b", 72, 8)
        .weights("block.conv2.w", 72, 8, 8, 3, 3)
        .weights("block.conv2.b", 72, 8)
        .weights("branch1.w", 8, 4, 8, 1, 1)
        .weights("branch1.b", 8, 4)
        .weights("branch2.w", 72, 4, 8, 3, 3)
        .weights("branch2.b", 72, 4)
        .weights("fc.w", 8, 5, 8)
        .weights("fc.b", 8, 5)
        .node("stem", "Conv", List.of("x", "stem.w", "stem.b"), "s", ints("pads", 1, 1, 1, 1))
        .node("stem_relu", "Relu", List.of("s"), "s_r")
        .node(
            "block_conv1",
            "Conv",
            List.of("s_r", "block.conv1.w", "block.conv1.b"),
            "a",
            ints("pads", 1, 1, 1, 1))
        .node("block_relu1", "Relu", List.of("a"), "a_r")
        .node(
            "block_conv2",
            "Conv",
            List.of("a_r", "block.conv2.w", "block.conv2.b"),
            "b",
            ints("pads", 1, 1, 1, 1))
        .node("block_add", "Add", List.of("b", "s_r"), "sum")
        .node("block_relu2", "Relu", List.of("sum"), "h")
        .node("branch1", "Conv", List.of("h", "branch1.w", "branch1.b"), "u")
        .node(
            "branch2",
            "Conv",
            List.of("h", "branch2.w", "branch2.b"),
            "v",
            ints("pads", 1, 1, 1, 1))
        .node("branch2_relu", "Relu", List.of("v"), "v_r")
        .node("concat", "Concat", List.of("u", "v_r"), "c", integer("axis", 1))
        .node("scale", "Constant", List.of(), "k", tensor("value", half))
        .node("mul", "Mul", List.of("c", "k"), "m")
        .node(
            "avgpool",
            "AveragePool",
            List.of("m"),
            "ap",
            ints("kernel_shape", 2, 2),
            ints("strides", 2, 2))
        .node("gap", "GlobalAveragePool", List.of("ap"), "g")
        .node("flatten", "Flatten", List.of("g"), "f")
        .node("fc", "Gemm", List.of("f", "fc.w", "fc.b"), "y", integer("transB", 1))
        .output("y", "N", 5)
        .model();
  }

  /**
   * A recurrent model on {@code x: [8,N,4]} (time first): an ONNX LSTM (hidden 16) whose sequence
   * output, squeezed, feeds a GRU (hidden 8); the GRU's last state is squeezed, reshaped by a
   * {@code Constant} shape {@code [0,-1]}, and a gemm and softmax give {@code y: [N,3]}. The LSTM's
   * weights are also declared as graph inputs (overridable initializers).
   */
  public static ModelProto recurrent(long seed) {
    TensorProto shape =
        TensorProto.newBuilder()
            .setDataType(TensorProto.DataType.INT64_VALUE)
            .addDims(2)
            .addInt64Data(0)
            .addInt64Data(-1)
            .build();
    return new GraphBuilder("recurrent", seed)
        .input("x", 8, "N", 4)
        .weights("lstm.W", 4, 1, 64, 4)
        .weights("lstm.R", 16, 1, 64, 16)
        .weights("lstm.B", 16, 1, 128)
        .initializerAsInput("lstm.W")
        .initializerAsInput("lstm.R")
        .initializerAsInput("lstm.B")
        .integers("axes.1", 1)
        .integers("axes.0", 0)
        .weights("gru.W", 16, 1, 24, 16)
        .weights("gru.R", 8, 1, 24, 8)
        .weights("gru.B", 8, 1, 48)
        .weights("fc.w", 8, 3, 8)
        .weights("fc.b", 8, 3)
        .node(
            "lstm",
            "LSTM",
            List.of("x", "lstm.W", "lstm.R", "lstm.B"),
            "seq",
            integer("hidden_size", 16))
        .node("squeeze_dir", "Squeeze", List.of("seq", "axes.1"), "seq_s")
        .node(
            "gru",
            "GRU",
            List.of("seq_s", "gru.W", "gru.R", "gru.B"),
            List.of("", "state"),
            integer("hidden_size", 8))
        .node("squeeze_state", "Squeeze", List.of("state", "axes.0"), "z")
        .node("shape", "Constant", List.of(), "target", tensor("value", shape))
        .node("reshape", "Reshape", List.of("z", "target"), "z2")
        .node("fc", "Gemm", List.of("z2", "fc.w", "fc.b"), "logits", integer("transB", 1))
        .node("softmax", "Softmax", List.of("logits"), "y", integer("axis", -1))
        .output("y", "N", 3)
        .model();
  }

  /**
   * A CNN whose best plan splits it between a slow device and an edge server: a cheap stem that
   * shrinks {@code x: [N,3,64,64]} (48 KiB) to 8 KiB — conv(8, 3×3, pad 1) → relu → maxpool(4×4,
   * stride 4) — then a heavy head of fully connected layers — flatten → gemm(1024) → relu →
   * gemm(10) giving {@code y: [N,10]}. On a device of a few tens of MFLOPS behind a slow uplink,
   * running the stem there and the head on the edge beats both uploading the image and computing
   * the head on the device.
   */
  public static ModelProto edgeHeavy(long seed) {
    return new GraphBuilder("edge-heavy", seed)
        .input("x", "N", 3, 64, 64)
        .weights("stem.w", 27, 8, 3, 3, 3)
        .weights("stem.b", 27, 8)
        .weights("fc1.w", 2048, 1024, 2048)
        .weights("fc1.b", 2048, 1024)
        .weights("fc2.w", 1024, 10, 1024)
        .weights("fc2.b", 1024, 10)
        .node("stem", "Conv", List.of("x", "stem.w", "stem.b"), "s", ints("pads", 1, 1, 1, 1))
        .node("stem_relu", "Relu", List.of("s"), "s_r")
        .node(
            "pool",
            "MaxPool",
            List.of("s_r"),
            "p",
            ints("kernel_shape", 4, 4),
            ints("strides", 4, 4))
        .node("flatten", "Flatten", List.of("p"), "f", integer("axis", 1))
        .node("fc1", "Gemm", List.of("f", "fc1.w", "fc1.b"), "h", integer("transB", 1))
        .node("fc1_relu", "Relu", List.of("h"), "h_r")
        .node("fc2", "Gemm", List.of("h_r", "fc2.w", "fc2.b"), "y", integer("transB", 1))
        .output("y", "N", 10)
        .model();
  }

  /**
   * An image classifier for serving benchmarks on {@code x: [N,3,224,224]}: three stages of a 3×3
   * stride-2 conv (32, 64, 128 channels) with relu, each followed when {@code deep} by a 3×3
   * stride-1 conv of the same width with relu, then global average pool → flatten → gemm(10) giving
   * {@code y: [N,10]}. About 140 M multiply-adds, or 470 M deep (the order of a MobileNet or a
   * small ResNet).
   */
  public static ModelProto imageCnn(long seed, boolean deep) {
    GraphBuilder g =
        new GraphBuilder(deep ? "image-cnn-deep" : "image-cnn", seed).input("x", "N", 3, 224, 224);
    String previous = "x";
    long in = 3;
    int layer = 0;
    for (long width : new long[] {32, 64, 128}) {
      for (int stride : deep ? new int[] {2, 1} : new int[] {2}) {
        String name = "conv" + ++layer;
        g.weights(name + ".w", in * 9, width, in, 3, 3)
            .weights(name + ".b", in * 9, width)
            .node(
                name,
                "Conv",
                List.of(previous, name + ".w", name + ".b"),
                "c" + layer,
                ints("pads", 1, 1, 1, 1),
                ints("strides", stride, stride))
            .node("relu" + layer, "Relu", List.of("c" + layer), "r" + layer);
        previous = "r" + layer;
        in = width;
      }
    }
    return g.weights("fc.w", 128, 10, 128)
        .weights("fc.b", 128, 10)
        .node("gap", "GlobalAveragePool", List.of(previous), "g")
        .node("flatten", "Flatten", List.of("g"), "f", integer("axis", 1))
        .node("fc", "Gemm", List.of("f", "fc.w", "fc.b"), "y", integer("transB", 1))
        .output("y", "N", 10)
        .model();
  }

  /**
   * A dense-prediction model whose answer is larger than its input, for split benchmarks that must
   * charge the result's download: on {@code x: [N,3,128,128]} (192 KiB) three 3×3 convs (16, 16 and
   * 8 channels, pad 1) with a relu after the first two, giving per-pixel scores {@code y:
   * [N,8,128,128]} (512 KiB). About 64 M multiply-adds.
   */
  public static ModelProto denseOutput(long seed) {
    return new GraphBuilder("dense-output", seed)
        .input("x", "N", 3, 128, 128)
        .weights("conv1.w", 27, 16, 3, 3, 3)
        .weights("conv1.b", 27, 16)
        .weights("conv2.w", 144, 16, 16, 3, 3)
        .weights("conv2.b", 144, 16)
        .weights("conv3.w", 144, 8, 16, 3, 3)
        .weights("conv3.b", 144, 8)
        .node("conv1", "Conv", List.of("x", "conv1.w", "conv1.b"), "c1", ints("pads", 1, 1, 1, 1))
        .node("relu1", "Relu", List.of("c1"), "r1")
        .node("conv2", "Conv", List.of("r1", "conv2.w", "conv2.b"), "c2", ints("pads", 1, 1, 1, 1))
        .node("relu2", "Relu", List.of("c2"), "r2")
        .node("conv3", "Conv", List.of("r2", "conv3.w", "conv3.b"), "y", ints("pads", 1, 1, 1, 1))
        .output("y", "N", 8, 128, 128)
        .model();
  }

  /** The three models under their names, for tests that run over all of them. */
  public static List<ModelProto> all(long seed) {
    return List.of(cnn(seed), residual(seed), recurrent(seed));
  }
}
