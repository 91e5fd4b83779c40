package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Infers output element types and shapes, one operator at a time, for the operators that CNNs,
 * residual and recurrent models use; any other operator gets unknown outputs (ONNX Runtime's Java
 * API offers no shape inference, so the rules follow the ONNX operator specs directly).
 */
final class ShapeInference {

  private static final Set<String> SAME_SHAPE =
      OperatorFamilies.union(
          OperatorFamilies.UNARY,
          Set.of(
              "Identity",
              "Softmax",
              "LogSoftmax",
              "BatchNormalization",
              "InstanceNormalization",
              "LayerNormalization",
              "LRN"));
  private static final Set<String> BROADCAST =
      OperatorFamilies.union(OperatorFamilies.BINARY, OperatorFamilies.VARIADIC);

  private final Function<String, TensorInfo> tensors;
  private final Function<String, Optional<List<Double>>> numbers;
  private final ExporterShapes exporters = new ExporterShapes(this);

  /**
   * @param tensors what is known of each tensor read so far
   * @param numbers the values of small tensors: initializers, Constant outputs, folded shape
   *     arithmetic
   */
  ShapeInference(
      Function<String, TensorInfo> tensors, Function<String, Optional<List<Double>>> numbers) {
    this.tensors = tensors;
    this.numbers = numbers;
  }

  /** Whether the operator has a rule here. */
  static boolean knows(String opType) {
    return SAME_SHAPE.contains(opType)
        || BROADCAST.contains(opType)
        || OperatorFamilies.COMPARISON.contains(opType)
        || OperatorFamilies.RECURRENT.contains(opType)
        || OperatorFamilies.WINDOWED.contains(opType)
        || ExporterShapes.OPERATORS.contains(opType)
        || ExporterShapes.REDUCE.contains(opType)
        || Set.of(
                "ConvTranspose",
                "Split",
                "Where",
                "Flatten",
                "Gemm",
                "MatMul",
                "Concat",
                "Reshape",
                "Squeeze",
                "Unsqueeze",
                "Transpose",
                "Constant",
                "Shape",
                "Cast",
                "Dropout")
            .contains(opType);
  }

  /** One entry per output slot of the node (empty slots included). */
  List<Inferred> infer(String name, NodeProto node) {
    List<Inferred> outputs =
        new ArrayList<>(Collections.nCopies(node.getOutputCount(), Inferred.UNKNOWN));
    if (node.getOutputCount() == 0) {
      return outputs;
    }
    NodeAttributes attributes = new NodeAttributes(node);
    String op = node.getOpType();
    int type = node.getInputCount() > 0 ? type(node.getInput(0)) : DataType.UNDEFINED_VALUE;
    if (op.equals("Constant")) {
      ConstantValues.tensor(node)
          .ifPresent(t -> outputs.set(0, new Inferred(t.getDataType(), TensorValues.dims(t))));
    } else if (SAME_SHAPE.contains(op)) {
      outputs.set(0, new Inferred(type, shape(node, 0)));
    } else if (BROADCAST.contains(op) || OperatorFamilies.COMPARISON.contains(op)) {
      int result = OperatorFamilies.COMPARISON.contains(op) ? DataType.BOOL_VALUE : type;
      outputs.set(
          0,
          new Inferred(
              result,
              ShapeMath.broadcast(name, node.getInputList().stream().map(this::shape).toList())));
    } else if (OperatorFamilies.RECURRENT.contains(op)) {
      RecurrentShapes.infer(attributes, shape(node, 0), shape(node, 2), type, outputs);
    } else if (op.equals("Split")) {
      List<List<Dim>> parts = exporters.split(node, attributes);
      for (int i = 0; parts != null && i < outputs.size(); i++) {
        outputs.set(i, new Inferred(type, parts.get(i)));
      }
    } else if (op.equals("Where")) {
      outputs.set(
          0,
          new Inferred(
              type(node.getInput(1)),
              ShapeMath.broadcast(name, node.getInputList().stream().map(this::shape).toList())));
    } else {
      List<Dim> shape =
          switch (op) {
            case "Conv" -> WindowShapes.conv(attributes, shape(node, 0), shape(node, 1));
            case "ConvTranspose" ->
                WindowShapes.convTranspose(attributes, shape(node, 0), shape(node, 1));
            case "MaxPool", "AveragePool", "LpPool" ->
                WindowShapes.pool(attributes, shape(node, 0));
            case "GlobalAveragePool", "GlobalMaxPool" -> WindowShapes.global(shape(node, 0));
            case "Flatten" -> flatten(attributes, shape(node, 0));
            case "Gemm" -> gemm(attributes, shape(node, 0), shape(node, 1));
            case "MatMul" -> MatMulShapes.matMul(name, shape(node, 0), shape(node, 1));
            case "Concat" -> concat(attributes, node);
            case "Reshape" -> ReshapeShapes.reshape(attributes, shape(node, 0), integers(node, 1));
            case "Squeeze" -> ReshapeShapes.squeeze(shape(node, 0), axes(attributes, node));
            case "Unsqueeze" -> ReshapeShapes.unsqueeze(shape(node, 0), axes(attributes, node));
            case "Transpose" -> ReshapeShapes.transpose(attributes, shape(node, 0));
            case "Shape" -> shapeOfShape(attributes, shape(node, 0));
            case "Cast", "Dropout" -> shape(node, 0);
            default -> exporters.shape(op, node, attributes);
          };
      int result =
          switch (op) {
            case "Shape", "Size", "ArgMax", "ArgMin" -> DataType.INT64_VALUE;
            case "ConstantOfShape" ->
                ConstantValues.tensor(node).map(t -> t.getDataType()).orElse(DataType.FLOAT_VALUE);
            case "Cast" -> (int) attributes.integer("to", DataType.UNDEFINED_VALUE);
            default -> type;
          };
      outputs.set(0, new Inferred(knows(op) ? result : DataType.UNDEFINED_VALUE, shape));
      if (op.equals("Dropout") && outputs.size() > 1) {
        outputs.set(1, new Inferred(DataType.BOOL_VALUE, shape));
      }
    }
    return outputs;
  }

  /** Shape's output: one entry per dimension, or per dimension in [start, end) from opset 15. */
  private static List<Dim> shapeOfShape(NodeAttributes attributes, List<Dim> in) {
    if (in == null) {
      return null;
    }
    int rank = in.size();
    long start = Math.max(0, Math.min(rank, ShapeMath.axis(attributes.integer("start", 0), rank)));
    long end = Math.max(0, Math.min(rank, ShapeMath.axis(attributes.integer("end", rank), rank)));
    return List.of(Dim.of(Math.max(0, end - start)));
  }

  private int type(String tensor) {
    TensorInfo info = tensor.isEmpty() ? null : tensors.apply(tensor);
    return info == null ? DataType.UNDEFINED_VALUE : info.elemType();
  }

  private List<Dim> shape(String tensor) {
    TensorInfo info = tensor.isEmpty() ? null : tensors.apply(tensor);
    return info == null ? null : info.shape();
  }

  List<Dim> shape(NodeProto node, int input) {
    return input < node.getInputCount() ? shape(node.getInput(input)) : null;
  }

  /** The values of a small integer input (a shape, axes, pads); empty when not known. */
  Optional<List<Long>> integers(NodeProto node, int input) {
    return numbers(node, input).flatMap(TensorValues::whole);
  }

  /** The values of a small numeric input (scales, say); empty when not known. */
  Optional<List<Double>> numbers(NodeProto node, int input) {
    return input < node.getInputCount() && !node.getInput(input).isEmpty()
        ? numbers.apply(node.getInput(input))
        : Optional.empty();
  }

  /** The same lookup by tensor name, for arguments read outside a node's inputs. */
  Optional<List<Long>> integers(String tensor) {
    return tensor.isEmpty() ? Optional.empty() : numbers.apply(tensor).flatMap(TensorValues::whole);
  }

  /**
   * Squeeze and Unsqueeze take their axes as an attribute before opset 13 and as an input from 13
   * on.
   */
  private Optional<List<Long>> axes(NodeAttributes attributes, NodeProto node) {
    List<Long> attribute = attributes.ints("axes");
    return attribute != null
        ? Optional.of(attribute)
        : node.getInputCount() > 1 ? integers(node, 1) : Optional.of(List.of());
  }

  private static List<Dim> flatten(NodeAttributes attributes, List<Dim> in) {
    if (in == null) {
      return null;
    }
    int axis = ShapeMath.axis(attributes.integer("axis", 1), in.size());
    return List.of(
        ShapeMath.product(in.subList(0, axis)), ShapeMath.product(in.subList(axis, in.size())));
  }

  private static List<Dim> gemm(NodeAttributes attributes, List<Dim> a, List<Dim> b) {
    if (a == null || b == null || a.size() != 2 || b.size() != 2) {
      return null;
    }
    Dim m = attributes.integer("transA", 0) == 0 ? a.get(0) : a.get(1);
    Dim n = attributes.integer("transB", 0) == 0 ? b.get(1) : b.get(0);
    return List.of(m, n);
  }

  private List<Dim> concat(NodeAttributes attributes, NodeProto node) {
    List<List<Dim>> shapes =
        node.getInputList().stream().filter(s -> !s.isEmpty()).map(this::shape).toList();
    if (shapes.isEmpty() || shapes.contains(null)) {
      return null;
    }
    List<Dim> result = new ArrayList<>(shapes.get(0));
    int axis = ShapeMath.axis(attributes.integer("axis", 0), result.size());
    result.set(axis, ShapeMath.sum(shapes.stream().map(s -> s.get(axis)).toList()));
    return result;
  }
}
