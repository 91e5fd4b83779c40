package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;

/** Sizes of ONNX element types. */
final class ElementTypes {

  private ElementTypes() {}

  /** Bytes per element; 0 when the type has no fixed size (strings) or is unknown. */
  static int bytes(int elemType) {
    DataType type = DataType.forNumber(elemType);
    if (type == null) {
      return 0;
    }
    return switch (type) {
      case BOOL, INT8, UINT8, FLOAT8E4M3FN, FLOAT8E4M3FNUZ, FLOAT8E5M2, FLOAT8E5M2FNUZ -> 1;
      case INT16, UINT16, FLOAT16, BFLOAT16 -> 2;
      case INT32, UINT32, FLOAT -> 4;
      case INT64, UINT64, DOUBLE, COMPLEX64 -> 8;
      case COMPLEX128 -> 16;
      default -> 0;
    };
  }
}
