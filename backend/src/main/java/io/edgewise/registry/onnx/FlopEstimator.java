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
          "Dropout");
  private static final Set<String> ONE_PER_OUTPUT =
      OperatorFamilies.union(
          OperatorFamilies.UNARY, OperatorFamilies.BINARY, OperatorFamilies.COMPARISON);

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
    return switch (op) {
      case "Max", "Min", "Sum", "Mean" -> OptionalLong.of(Math.max(1, inputs.size() - 1) * out);
      case "Softmax", "LogSoftmax" -> OptionalLong.of(3 * out);
      case "BatchNormalization" -> OptionalLong.of(2 * out);
      case "InstanceNormalization", "LayerNormalization" -> OptionalLong.of(5 * out);
      case "Conv" -> conv(node, inputs, out);
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
        || Set.of(
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
