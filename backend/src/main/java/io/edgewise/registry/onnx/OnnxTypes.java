package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.List;

/** Renders ONNX value declarations as {@link TensorSpec}s. */
final class OnnxTypes {

  private static final String UNKNOWN_DIM = "?";

  private OnnxTypes() {}

  static TensorSpec spec(ValueInfoProto value) {
    TypeProto type = value.getType();
    if (type.getValueCase() != TypeProto.ValueCase.TENSOR_TYPE) {
      return new TensorSpec(value.getName(), type.getValueCase().name(), null);
    }
    TypeProto.Tensor tensor = type.getTensorType();
    List<String> shape =
        tensor.hasShape()
            ? tensor.getShape().getDimList().stream().map(OnnxTypes::dim).toList()
            : null;
    return new TensorSpec(value.getName(), elemType(tensor.getElemType()), shape);
  }

  private static String elemType(int code) {
    TensorProto.DataType type = TensorProto.DataType.forNumber(code);
    return type == null ? "TYPE_" + code : type.name();
  }

  private static String dim(TensorShapeProto.Dimension dim) {
    return switch (dim.getValueCase()) {
      case DIM_VALUE -> Long.toString(dim.getDimValue());
      case DIM_PARAM -> dim.getDimParam().isEmpty() ? UNKNOWN_DIM : dim.getDimParam();
      default -> UNKNOWN_DIM;
    };
  }
}
