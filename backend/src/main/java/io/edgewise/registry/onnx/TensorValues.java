package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the small tensors that shape arguments are (Reshape's shape, Squeeze's axes, Resize's
 * scales).
 */
final class TensorValues {

  /** The most elements a tensor may have for its values to be kept for shape arithmetic. */
  static final int SMALL = 1024;

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

  /**
   * The values of a small numeric tensor (at most {@link #SMALL} elements: shape arguments, scales,
   * scalars), integers or floating-point; empty for weights, other types or external data.
   */
  static Optional<List<Double>> numbers(TensorProto tensor) {
    long elements =
        tensor.getDimsList().stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b);
    if (elements > SMALL || tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
      return Optional.empty();
    }
    Optional<List<Long>> integers = integers(tensor);
    if (integers.isPresent()) {
      return Optional.of(integers.get().stream().map(Long::doubleValue).toList());
    }
    int type = tensor.getDataType();
    ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    List<Double> values = new ArrayList<>();
    if (type == DataType.FLOAT_VALUE) {
      if (tensor.getRawData().isEmpty()) {
        tensor.getFloatDataList().forEach(f -> values.add(f.doubleValue()));
      }
      while (raw.remaining() >= Float.BYTES) {
        values.add((double) raw.getFloat());
      }
      return Optional.of(values);
    }
    if (type == DataType.DOUBLE_VALUE) {
      if (tensor.getRawData().isEmpty()) {
        values.addAll(tensor.getDoubleDataList());
      }
      while (raw.remaining() >= Double.BYTES) {
        values.add(raw.getDouble());
      }
      return Optional.of(values);
    }
    return Optional.empty();
  }

  /** Integral numbers as longs; empty when one is not a whole number. */
  static Optional<List<Long>> whole(List<Double> numbers) {
    List<Long> longs = new ArrayList<>();
    for (double n : numbers) {
      if (n != Math.rint(n) || Double.isInfinite(n)) {
        return Optional.empty();
      }
      longs.add(
          n >= Long.MAX_VALUE ? Long.MAX_VALUE : n <= Long.MIN_VALUE ? Long.MIN_VALUE : (long) n);
    }
    return Optional.of(longs);
  }

  static List<Dim> dims(TensorProto tensor) {
    return tensor.getDimsList().stream().map(Dim::of).toList();
  }
}
