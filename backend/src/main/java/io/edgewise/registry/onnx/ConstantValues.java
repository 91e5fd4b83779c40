package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.util.Optional;

/** The tensor a {@code Constant} node holds, whichever of its value attributes it uses. */
final class ConstantValues {

  private ConstantValues() {}

  static Optional<TensorProto> tensor(NodeProto node) {
    for (AttributeProto attribute : node.getAttributeList()) {
      TensorProto.Builder tensor =
          TensorProto.newBuilder().setName(node.getOutputCount() > 0 ? node.getOutput(0) : "");
      switch (attribute.getName()) {
        case "value" -> {
          return Optional.of(attribute.getT());
        }
        case "value_float" -> {
          return Optional.of(
              tensor.setDataType(DataType.FLOAT_VALUE).addFloatData(attribute.getF()).build());
        }
        case "value_floats" -> {
          return Optional.of(
              tensor
                  .setDataType(DataType.FLOAT_VALUE)
                  .addDims(attribute.getFloatsCount())
                  .addAllFloatData(attribute.getFloatsList())
                  .build());
        }
        case "value_int" -> {
          return Optional.of(
              tensor.setDataType(DataType.INT64_VALUE).addInt64Data(attribute.getI()).build());
        }
        case "value_ints" -> {
          return Optional.of(
              tensor
                  .setDataType(DataType.INT64_VALUE)
                  .addDims(attribute.getIntsCount())
                  .addAllInt64Data(attribute.getIntsList())
                  .build());
        }
        default -> {
          // sparse_value and string values carry no shape argument worth reading
        }
      }
    }
    return Optional.empty();
  }
}
