package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.List;

/** Converts between ONNX value declarations and {@link TensorInfo}. */
final class ValueInfos {

  private ValueInfos() {}

  static TensorInfo tensor(ValueInfoProto value, TensorOrigin origin, String producer) {
    TypeProto type = value.getType();
    if (type.getValueCase() != TypeProto.ValueCase.TENSOR_TYPE) {
      return new TensorInfo(value.getName(), 0, null, origin, producer);
    }
    TypeProto.Tensor tensor = type.getTensorType();
    List<Dim> shape =
        tensor.hasShape()
            ? tensor.getShape().getDimList().stream().map(ValueInfos::dim).toList()
            : null;
    return new TensorInfo(value.getName(), tensor.getElemType(), shape, origin, producer);
  }

  /**
   * The inferred type and shape, completed from the model's own declaration where inference fell
   * short.
   */
  static TensorInfo merge(
      String name,
      Inferred inferred,
      ValueInfoProto declared,
      TensorOrigin origin,
      String producer) {
    TensorInfo info = new TensorInfo(name, inferred.elemType(), inferred.shape(), origin, producer);
    if (declared == null || info.hasKnownShape() && info.hasKnownType()) {
      return info;
    }
    TensorInfo fromFile = tensor(declared, origin, producer);
    int type = info.hasKnownType() ? info.elemType() : fromFile.elemType();
    return info.withShape(
        type, info.hasKnownShape() || fromFile.shape() == null ? info.shape() : fromFile.shape());
  }

  static ValueInfoProto declaration(TensorInfo info) {
    TypeProto.Tensor.Builder tensor = TypeProto.Tensor.newBuilder().setElemType(info.elemType());
    if (info.shape() != null) {
      TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
      for (Dim dim : info.shape()) {
        TensorShapeProto.Dimension.Builder d = shape.addDimBuilder();
        if (dim.isKnown()) {
          d.setDimValue(dim.value());
        } else if (dim.isSymbolic()) {
          d.setDimParam(dim.symbol());
        }
      }
      tensor.setShape(shape);
    }
    return ValueInfoProto.newBuilder()
        .setName(info.name())
        .setType(TypeProto.newBuilder().setTensorType(tensor))
        .build();
  }

  private static Dim dim(TensorShapeProto.Dimension dim) {
    return switch (dim.getValueCase()) {
      case DIM_VALUE -> dim.getDimValue() >= 0 ? Dim.of(dim.getDimValue()) : Dim.unknown();
      case DIM_PARAM -> Dim.symbolic(dim.getDimParam());
      default -> Dim.unknown();
    };
  }
}
