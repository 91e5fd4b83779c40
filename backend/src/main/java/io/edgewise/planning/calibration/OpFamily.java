package io.edgewise.planning.calibration;

import java.util.Set;

/**
 * The layer types calibration fits separately: their time grows with size at different rates
 * (Neurosurgeon fits one regression per layer type for the same reason). A layer whose operator is
 * unrecorded (older profiles) is {@link #OTHER}.
 */
public enum OpFamily {
  CONV,
  MATMUL,
  ELEMENTWISE,
  POOLING,
  NORMALISATION,
  OTHER;

  private static final Set<String> CONVOLUTIONS =
      Set.of("Conv", "ConvTranspose", "ConvInteger", "QLinearConv", "DeformConv");
  private static final Set<String> MATMULS =
      Set.of("MatMul", "Gemm", "MatMulInteger", "QLinearMatMul", "Einsum", "FusedMatMul");
  private static final Set<String> POOLS =
      Set.of(
          "MaxPool",
          "AveragePool",
          "LpPool",
          "GlobalAveragePool",
          "GlobalMaxPool",
          "GlobalLpPool",
          "MaxRoiPool",
          "RoiAlign");
  private static final Set<String> NORMALISATIONS =
      Set.of(
          "BatchNormalization",
          "InstanceNormalization",
          "LayerNormalization",
          "GroupNormalization",
          "LRN",
          "MeanVarianceNormalization");
  private static final Set<String> ELEMENTWISE_OPS =
      Set.of(
          "Relu",
          "LeakyRelu",
          "PRelu",
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
          "Sign",
          "Add",
          "Sub",
          "Mul",
          "Div",
          "Pow",
          "Max",
          "Min",
          "Sum",
          "Mean",
          "Softmax",
          "LogSoftmax",
          "Equal",
          "Less",
          "Greater",
          "LessOrEqual",
          "GreaterOrEqual",
          "And",
          "Or",
          "Xor",
          "Not",
          "Where");

  /** The family of an ONNX operator type; null or unknown types are {@link #OTHER}. */
  public static OpFamily of(String op) {
    if (op == null) {
      return OTHER;
    }
    if (CONVOLUTIONS.contains(op)) {
      return CONV;
    }
    if (MATMULS.contains(op)) {
      return MATMUL;
    }
    if (POOLS.contains(op)) {
      return POOLING;
    }
    if (NORMALISATIONS.contains(op)) {
      return NORMALISATION;
    }
    return ELEMENTWISE_OPS.contains(op) ? ELEMENTWISE : OTHER;
  }
}
