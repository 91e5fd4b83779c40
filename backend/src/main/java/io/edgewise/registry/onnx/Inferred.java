package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.util.List;

/** The element type and shape inferred for one output of a node; shape null when unknown. */
record Inferred(int elemType, List<Dim> shape) {

  static final Inferred UNKNOWN = new Inferred(DataType.UNDEFINED_VALUE, null);
}
