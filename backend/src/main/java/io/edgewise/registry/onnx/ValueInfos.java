package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.List;

/** Converts between ONNX value declarations and {@link TensorInfo}, and writes declarations. */
public final class ValueInfos {

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
    return declaration(info.name(), info.elemType(), info.shape());
  }

  /**
   * The declaration of a tensor named {@code name} of ONNX element type {@code elemType}; each of
   * {@code dims} is a number, or a symbolic name such as {@code "N"} for a dynamic dimension.
   */
  public static ValueInfoProto declaration(String name, int elemType, Object... dims) {
    List<Dim> shape = new ArrayList<>();
    for (Object dim : dims) {
      shape.add(
          dim instanceof String symbol ? Dim.symbolic(symbol) : Dim.of(((Number) dim).longValue()));
    }
    return declaration(name, elemType, shape);
  }

  private static ValueInfoProto declaration(String name, int elemType, List<Dim> dims) {
    TypeProto.Tensor.Builder tensor = TypeProto.Tensor.newBuilder().setElemType(elemType);
    if (dims != null) {
      TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
      for (Dim dim : dims) {
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
        .setName(name)
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
