package io.edgewise.agentruntime;

import io.edgewise.registry.SplitTensor;
import io.edgewise.registry.onnx.Dim;
import io.edgewise.registry.onnx.TensorInfo;
import java.util.Map;

/**
 * Describes a tensor crossing a split with DJL's data type names, as agents create their input
 * arrays.
 */
final class SplitTensors {

  /** ONNX TensorProto.DataType numbers to DJL DataType names. */
  private static final Map<Integer, String> DJL_TYPES =
      Map.ofEntries(
          Map.entry(1, "FLOAT32"),
          Map.entry(2, "UINT8"),
          Map.entry(3, "INT8"),
          Map.entry(5, "INT16"),
          Map.entry(6, "INT32"),
          Map.entry(7, "INT64"),
          Map.entry(9, "BOOLEAN"),
          Map.entry(10, "FLOAT16"),
          Map.entry(11, "FLOAT64"),
          Map.entry(16, "BFLOAT16"));

  private SplitTensors() {}

  static SplitTensor of(TensorInfo tensor) {
    String dtype = DJL_TYPES.getOrDefault(tensor.elemType(), "UNKNOWN");
    return new SplitTensor(
        tensor.name(),
        dtype,
        tensor.shape() == null ? null : tensor.shape().stream().map(SplitTensors::size).toList());
  }

  private static Long size(Dim dim) {
    return dim.isKnown() ? dim.value() : -1L;
  }
}
