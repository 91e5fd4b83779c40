package io.edgewise.registry.onnx;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Floating-point operations per sample, by operator type (a multiply-add counts as two; symbolic
 * dimensions such as the batch count as one). docs/onnx.md lists the formulas.
 */
final class FlopEstimator {

  private static final Set<String> FREE =
      Set.of(
          "Constant",
          "Identity",
          "Reshape",
          "Flatten",
          "Squeeze",
          "Unsqueeze",
          "Transpose",
          "Concat",
          "Shape",
          "Cast",
          "Dropout",
          "Slice",
          "Split",
          "Pad",
          "Gather",
          "Expand",
          "Tile",
          "ConstantOfShape",
          "DepthToSpace",
          "SpaceToDepth",
          "Size");
  private static final Set<String> ONE_PER_OUTPUT =
      OperatorFamilies.union(
          OperatorFamilies.UNARY,
          OperatorFamilies.BINARY,
          OperatorFamilies.COMPARISON,
          Set.of("Where"));
  private static final Set<String> ONE_PER_INPUT =
      OperatorFamilies.union(ExporterShapes.REDUCE, Set.of("ArgMax", "ArgMin"));

  /**
   * Per hidden unit and step, the element-wise work besides the gate products: bias adds,
   * activations, state updates.
   */
  private static final long LSTM_ELEMENTWISE = 17;

  private static final long GRU_ELEMENTWISE = 13;
  private static final long RNN_ELEMENTWISE = 3;

  private FlopEstimator() {}

  static OptionalLong estimate(ParsedNode node, List<TensorInfo> inputs, List<TensorInfo> outputs) {
    String op = node.proto().getOpType();
    if (FREE.contains(op)) {
      return OptionalLong.of(0);
    }
    if (outputs.isEmpty() || outputs.get(0).elements().isEmpty()) {
      return OptionalLong.empty();
    }
    long out = outputs.get(0).elements().getAsLong();
    NodeAttributes attributes = new NodeAttributes(node.proto());
    if (ONE_PER_OUTPUT.contains(op)) {
      return OptionalLong.of(out);
    }
    if (ONE_PER_INPUT.contains(op)) {
      return elements(inputs, 0);
    }
    return switch (op) {
      case "Max", "Min", "Sum", "Mean" -> OptionalLong.of(Math.max(1, inputs.size() - 1) * out);
      case "Softmax", "LogSoftmax" -> OptionalLong.of(3 * out);
      case "BatchNormalization" -> OptionalLong.of(2 * out);
      case "InstanceNormalization", "LayerNormalization" -> OptionalLong.of(5 * out);
      case "Conv" -> conv(node, inputs, out);
      case "ConvTranspose" -> convTranspose(node, inputs, out);
      case "Resize", "Upsample" -> resize(attributes, inputs, out);
      case "MaxPool", "AveragePool", "LpPool" ->
          kernelVolume(attributes.ints("kernel_shape")).stream().map(k -> k * out).findFirst();
      case "GlobalAveragePool", "GlobalMaxPool" -> elements(inputs, 0);
      case "Gemm" -> gemm(attributes, inputs, out);
      case "MatMul" -> matMul(inputs, out);
      case "LSTM" -> recurrent(attributes, inputs, 4, LSTM_ELEMENTWISE);
      case "GRU" -> recurrent(attributes, inputs, 3, GRU_ELEMENTWISE);
      case "RNN" -> recurrent(attributes, inputs, 1, RNN_ELEMENTWISE);
      default -> OptionalLong.empty();
    };
  }

  static boolean knows(String opType) {
    return FREE.contains(opType)
        || ONE_PER_OUTPUT.contains(opType)
        || OperatorFamilies.VARIADIC.contains(opType)
        || OperatorFamilies.WINDOWED.contains(opType)
        || OperatorFamilies.RECURRENT.contains(opType)
        || ONE_PER_INPUT.contains(opType)
        || Set.of(
                "ConvTranspose",
                "Resize",
                "Upsample",
                "Softmax",
                "LogSoftmax",
                "BatchNormalization",
                "InstanceNormalization",
                "LayerNormalization",
                "Gemm",
                "MatMul")
            .contains(opType);
  }

  /** Each output element: (C/group)·∏kernel multiply-adds, plus one bias add when B is given. */
  private static OptionalLong conv(ParsedNode node, List<TensorInfo> inputs, long out) {
    List<Dim> w = inputs.size() > 1 ? inputs.get(1).shape() : null;
    if (w == null || w.size() < 3 || w.stream().skip(1).anyMatch(d -> !d.isKnown())) {
      return OptionalLong.empty();
    }
    long perOutput = 1;
    for (Dim dim : w.subList(1, w.size())) {
      perOutput *= dim.value();
    }
    long bias = node.proto().getInputCount() > 2 && !node.proto().getInput(2).isEmpty() ? 1 : 0;
    return OptionalLong.of(out * (2 * perOutput + bias));
  }

  /**
   * Each input element is scattered through (M/group)·∏kernel multiply-adds (W is [C, M/group,
   * k…]), plus one bias add per output element when B is given.
   */
  private static OptionalLong convTranspose(ParsedNode node, List<TensorInfo> inputs, long out) {
    List<Dim> w = inputs.size() > 1 ? inputs.get(1).shape() : null;
    OptionalLong in = elements(inputs, 0);
    if (in.isEmpty()
        || w == null
        || w.size() < 3
        || w.stream().skip(1).anyMatch(d -> !d.isKnown())) {
      return OptionalLong.empty();
    }
    long perInput = 1;
    for (Dim dim : w.subList(1, w.size())) {
      perInput *= dim.value();
    }
    long bias = node.proto().getInputCount() > 2 && !node.proto().getInput(2).isEmpty() ? out : 0;
    return OptionalLong.of(2 * in.getAsLong() * perInput + bias);
  }

  /**
   * Per output element: nearest copies one value (1); linear weighs 2^k neighbours and cubic 4^k
   * (two operations each), k the spatial axes (all but N and C).
   */
  private static OptionalLong resize(NodeAttributes attributes, List<TensorInfo> inputs, long out) {
    List<Dim> x = inputs.get(0).shape();
    if (x == null) {
      return OptionalLong.empty();
    }
    int k = Math.max(1, x.size() - 2);
    String mode = attributes.string("mode", "nearest");
    long perOutput =
        switch (mode) {
          case "linear", "bilinear", "trilinear" -> 2L << k;
          case "cubic", "bicubic" -> 2L << (2 * k);
          default -> 1;
        };
    return OptionalLong.of(out * perOutput);
  }

  /** 2·M·N·K, plus M·N for the C term. */
  private static OptionalLong gemm(NodeAttributes attributes, List<TensorInfo> inputs, long out) {
    List<Dim> a = inputs.get(0).shape();
    if (a == null || a.size() != 2) {
      return OptionalLong.empty();
    }
    Dim k = attributes.integer("transA", 0) == 0 ? a.get(1) : a.get(0);
    if (!k.isKnown()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(2 * out * k.value() + (inputs.size() > 2 ? out : 0));
  }

  /** 2·K per output element, K the shared dimension. */
  private static OptionalLong matMul(List<TensorInfo> inputs, long out) {
    List<Dim> a = inputs.get(0).shape();
    if (a == null || a.isEmpty() || !a.get(a.size() - 1).isKnown()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(2 * out * a.get(a.size() - 1).value());
  }

  /**
   * T·D·N·(2·G·H·(I+H) + E·H): G gate products over input and state per step, E element-wise
   * operations per unit.
   */
  private static OptionalLong recurrent(
      NodeAttributes attributes, List<TensorInfo> inputs, long gates, long elementwise) {
    List<Dim> x = inputs.get(0).shape();
    long hidden = attributes.integer("hidden_size", -1);
    if (x == null
        || x.size() != 3
        || !x.get(2).isKnown()
        || hidden <= 0
        || x.stream().anyMatch(d -> !d.isKnown() && !d.isSymbolic())) {
      return OptionalLong.empty();
    }
    long directions = attributes.string("direction", "forward").equals("bidirectional") ? 2 : 1;
    long stepsTimesBatch = x.get(0).perSample() * x.get(1).perSample();
    long in = x.get(2).value();
    return OptionalLong.of(
        stepsTimesBatch * directions * (2 * gates * hidden * (in + hidden) + elementwise * hidden));
  }

  private static OptionalLong elements(List<TensorInfo> inputs, int index) {
    return inputs.size() > index ? inputs.get(index).elements() : OptionalLong.empty();
  }

  private static OptionalLong kernelVolume(List<Long> kernel) {
    if (kernel == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(kernel.stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b));
  }
}
