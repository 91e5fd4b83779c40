package io.edgewise.registry.profiling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inputs for timing a model: one tensor per caller input (a graph input naming no initializer), of
 * its declared shape, which is the version's serving shape once {@code InputShapes.bind} has set it
 * (a lone symbolic batch, all that may remain, is set to 1: one sample), seeded Gaussian values for
 * floating-point inputs and zeros for integer and boolean ones (valid indices and masks).
 */
final class RandomFeed {

  private record Input(String name, int elemType, long[] shape, float[] floats) {}

  private final List<Input> inputs;

  private RandomFeed(List<Input> inputs) {
    this.inputs = inputs;
  }

  /** IllegalArgumentException naming the input when its element type cannot be fed. */
  static RandomFeed of(ModelProto model, long seed) {
    Set<String> stored =
        model.getGraph().getInitializerList().stream()
            .map(TensorProto::getName)
            .collect(Collectors.toSet());
    Random random = new Random(seed);
    List<Input> inputs = new ArrayList<>();
    for (ValueInfoProto input : model.getGraph().getInputList()) {
      if (stored.contains(input.getName())) {
        continue;
      }
      if (!input.getType().hasTensorType()) {
        throw new IllegalArgumentException(
            "input '" + input.getName() + "' is not a tensor; the profiler feeds tensors only");
      }
      int type = input.getType().getTensorType().getElemType();
      if (!feedable(type)) {
        throw new IllegalArgumentException(
            "input '"
                + input.getName()
                + "' has element type "
                + DataType.forNumber(type)
                + "; the profiler feeds FLOAT, DOUBLE, INT32, INT64 and BOOL inputs");
      }
      long[] shape =
          input.getType().getTensorType().getShape().getDimList().stream()
              .mapToLong(
                  d ->
                      d.getValueCase() == TensorShapeProto.Dimension.ValueCase.DIM_VALUE
                              && d.getDimValue() > 0
                          ? d.getDimValue()
                          : 1)
              .toArray();
      float[] floats = null;
      if (type == DataType.FLOAT_VALUE || type == DataType.DOUBLE_VALUE) {
        floats = new float[Math.toIntExact(new Shape(shape).size())];
        for (int i = 0; i < floats.length; i++) {
          floats[i] = (float) random.nextGaussian();
        }
      }
      inputs.add(new Input(input.getName(), type, shape, floats));
    }
    return new RandomFeed(List.copyOf(inputs));
  }

  /** Fresh named arrays, owned by {@code manager}. */
  NDList create(NDManager manager) {
    NDList list = new NDList();
    for (Input input : inputs) {
      Shape shape = new Shape(input.shape());
      int size = Math.toIntExact(shape.size());
      // plain Java arrays only: ONNX Runtime's NDManager creates arrays from data but computes
      // nothing itself
      NDArray array =
          switch (input.elemType()) {
            case DataType.FLOAT_VALUE -> manager.create(input.floats(), shape);
            case DataType.DOUBLE_VALUE -> manager.create(toDoubles(input.floats()), shape);
            case DataType.INT32_VALUE -> manager.create(new int[size], shape);
            case DataType.INT64_VALUE -> manager.create(new long[size], shape);
            default -> manager.create(new boolean[size], shape);
          };
      array.setName(input.name());
      list.add(array);
    }
    return list;
  }

  private static double[] toDoubles(float[] floats) {
    double[] doubles = new double[floats.length];
    for (int i = 0; i < floats.length; i++) {
      doubles[i] = floats[i];
    }
    return doubles;
  }

  private static boolean feedable(int type) {
    return type == DataType.FLOAT_VALUE
        || type == DataType.DOUBLE_VALUE
        || type == DataType.INT32_VALUE
        || type == DataType.INT64_VALUE
        || type == DataType.BOOL_VALUE;
  }
}
