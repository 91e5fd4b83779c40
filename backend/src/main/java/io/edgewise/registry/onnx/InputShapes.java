package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The serving input shapes of a model: which of its graph inputs have dimensions a declaration must
 * fix, and the model with the declared shapes bound in place of its symbolic dimensions.
 *
 * <p>An input whose only unfixed dimension is a single symbolic one (the batch of {@code [N, 3,
 * 224, 224]}) is analysed per sample without a declaration, as profiles are per sample. An input
 * with more than one, or with an unnamed one, must be declared: its H and W, say, decide every
 * cost.
 */
public final class InputShapes {

  private InputShapes() {}

  /**
   * The inputs that need a declared shape and lack one (all of them when {@code declared} is null).
   */
  public static List<TensorSpec> undeclared(
      List<TensorSpec> inputs, Map<String, List<Long>> declared) {
    return inputs == null
        ? List.of()
        : inputs.stream()
            .filter(InputShapes::needsDeclaration)
            .filter(i -> declared == null || !declared.containsKey(i.name()))
            .toList();
  }

  /**
   * What the operator must do, e.g. {@code declare the serving shape of input 'x': [N?, 3, H?, W?],
   * e.g. [1,3,640,640]}; one clause per undeclared input.
   */
  public static String advice(List<TensorSpec> undeclared) {
    return undeclared.stream().map(InputShapes::advice).collect(Collectors.joining("; "));
  }

  static String advice(TensorSpec input) {
    List<String> shown = new ArrayList<>();
    List<String> example = new ArrayList<>();
    List<String> shape = input.shape() == null ? List.of() : input.shape();
    for (int i = 0; i < shape.size(); i++) {
      String dim = shape.get(i);
      boolean fixed = isFixed(dim);
      shown.add(fixed ? dim : dim + "?");
      example.add(fixed ? dim : i == 0 ? "1" : "640");
    }
    return "declare the serving shape of input '"
        + input.name()
        + "': "
        + (input.shape() == null
            ? "its rank is unknown"
            : shown + ", e.g. [" + String.join(",", example) + "]");
  }

  /** Whether the input has a dimension the analysis cannot take per sample. */
  static boolean needsDeclaration(TensorSpec input) {
    if (input.shape() == null) {
      return input.elemType() != null && !input.elemType().endsWith("_TYPE");
    }
    long unfixed = input.shape().stream().filter(d -> !isFixed(d)).count();
    return unfixed > 1 || input.shape().contains("?");
  }

  static boolean isFixed(String dim) {
    return dim.matches("\\d{1,18}");
  }

  /**
   * {@code model} with each declared input's dimensions set to the declared sizes; inputs not
   * declared keep theirs. The declarations must have been checked by {@link ServingShapeRules}.
   */
  public static ModelProto bind(ModelProto model, Map<String, List<Long>> declared) {
    if (declared == null || declared.isEmpty()) {
      return model;
    }
    ModelProto.Builder bound = model.toBuilder();
    for (ValueInfoProto.Builder input : bound.getGraphBuilder().getInputBuilderList()) {
      List<Long> dims = declared.get(input.getName());
      if (dims != null && input.getType().hasTensorType()) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        dims.forEach(d -> shape.addDimBuilder().setDimValue(d));
        input.getTypeBuilder().getTensorTypeBuilder().setShape(shape);
      }
    }
    return bound.build();
  }

  /**
   * Bytes of the model's inputs, float32 unless declared otherwise, with declared shapes in place;
   * a single symbolic dimension counts as one sample. Only for inputs that need no further
   * declaration.
   */
  public static long bytes(List<TensorSpec> inputs, Map<String, List<Long>> declared) {
    long total = 0;
    for (TensorSpec input : inputs == null ? List.<TensorSpec>of() : inputs) {
      List<Long> dims = declared == null ? null : declared.get(input.name());
      long elements = 1;
      if (dims != null) {
        for (long d : dims) {
          elements = Math.multiplyExact(elements, d);
        }
      } else if (input.shape() != null) {
        for (String d : input.shape()) {
          elements = Math.multiplyExact(elements, isFixed(d) ? Long.parseLong(d) : 1);
        }
      }
      total = Math.addExact(total, Math.multiplyExact(elements, elementBytes(input.elemType())));
    }
    return total;
  }

  /** An element's size; float32's 4 where the type is unknown or has no fixed size. */
  private static int elementBytes(String elemType) {
    try {
      int size = ElementTypes.bytes(DataType.valueOf(elemType).getNumber());
      return size > 0 ? size : 4;
    } catch (IllegalArgumentException | NullPointerException e) {
      return 4;
    }
  }
}
