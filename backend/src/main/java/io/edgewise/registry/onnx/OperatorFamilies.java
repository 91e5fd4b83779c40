package io.edgewise.registry.onnx;

import java.util.Set;
import java.util.stream.Stream;

/**
 * The ONNX operators that shape inference and the FLOP estimate both treat as a family. The
 * element-wise ones ({@link #UNARY}, {@link #BINARY}, {@link #COMPARISON}, {@link #VARIADIC}) give
 * their output the (broadcast) input shape and cost one operation per output element (n − 1 for the
 * variadic ones).
 */
final class OperatorFamilies {

  /** Element-wise, one input (Clip's optional bounds aside); the output has its shape. */
  static final Set<String> UNARY =
      Set.of(
          "Relu",
          "LeakyRelu",
          "Sigmoid",
          "Tanh",
          "Elu",
          "Selu",
          "HardSigmoid",
          "HardSwish",
          "Softplus",
          "Softsign",
          "Gelu",
          "Erf",
          "Exp",
          "Log",
          "Sqrt",
          "Abs",
          "Neg",
          "Reciprocal",
          "Floor",
          "Ceil",
          "Round",
          "Sin",
          "Cos",
          "Clip",
          "Mish",
          "Sign");

  /** Element-wise, two inputs, broadcast (PRelu's slope broadcasts to its input). */
  static final Set<String> BINARY = Set.of("Add", "Sub", "Mul", "Div", "Pow", "PRelu");

  /** Element-wise, two inputs, broadcast, with a boolean output. */
  static final Set<String> COMPARISON =
      Set.of("Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "And", "Or", "Xor");

  /** Element-wise, any number of inputs, broadcast. */
  static final Set<String> VARIADIC = Set.of("Max", "Min", "Sum", "Mean");

  /** Conv and the pooling operators: a window slides over the spatial dimensions. */
  static final Set<String> WINDOWED =
      Set.of("Conv", "MaxPool", "AveragePool", "LpPool", "GlobalAveragePool", "GlobalMaxPool");

  /** The recurrent layers, over a sequence. */
  static final Set<String> RECURRENT = Set.of("LSTM", "GRU", "RNN");

  private OperatorFamilies() {}

  @SafeVarargs
  static Set<String> union(Set<String>... sets) {
    return Set.copyOf(Stream.of(sets).flatMap(Set::stream).toList());
  }
}
