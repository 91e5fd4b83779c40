package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the small integer tensors that shape arguments (Reshape's shape, Squeeze's axes) are. */
final class TensorValues {

  private TensorValues() {}

  /** The values of an INT64 or INT32 tensor; empty for other types or external data. */
  static Optional<List<Long>> integers(TensorProto tensor) {
    if (tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
      return Optional.empty();
    }
    int type = tensor.getDataType();
    if (type == DataType.INT64_VALUE) {
      if (!tensor.getRawData().isEmpty()) {
        ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        List<Long> values = new ArrayList<>();
        while (raw.remaining() >= Long.BYTES) {
          values.add(raw.getLong());
        }
        return Optional.of(values);
      }
      return Optional.of(List.copyOf(tensor.getInt64DataList()));
    }
    if (type == DataType.INT32_VALUE) {
      if (!tensor.getRawData().isEmpty()) {
        ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        List<Long> values = new ArrayList<>();
        while (raw.remaining() >= Integer.BYTES) {
          values.add((long) raw.getInt());
        }
        return Optional.of(values);
      }
      return Optional.of(tensor.getInt32DataList().stream().map(Integer::longValue).toList());
    }
    return Optional.empty();
  }

  static List<Dim> dims(TensorProto tensor) {
    return tensor.getDimsList().stream().map(Dim::of).toList();
  }
}
