package io.edgewise.registry;

import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.registry.onnx.InputShapes;
import io.edgewise.registry.onnx.TensorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a declared serving shape against the inputs the artifact declares: every named input
 * exists and is a tensor of known rank, the rank matches, every dimension is a positive integer,
 * and dimensions the artifact fixes keep their size.
 */
public final class ServingShapeRules {

  /** The largest dimension accepted; larger ones are typing errors, not tensors a device sends. */
  public static final long DIM_MAX = 1 << 20;

  private ServingShapeRules() {}

  /** One field error per problem, under {@code servingShape.<input>}. */
  public static List<FieldError> check(List<TensorSpec> inputs, Map<String, List<Long>> declared) {
    List<FieldError> errors = new ArrayList<>();
    if (declared == null) {
      return errors;
    }
    for (Map.Entry<String, List<Long>> entry : declared.entrySet()) {
      String field = "servingShape." + entry.getKey();
      Optional<TensorSpec> input =
          (inputs == null ? List.<TensorSpec>of() : inputs)
              .stream().filter(i -> i.name().equals(entry.getKey())).findFirst();
      if (input.isEmpty()) {
        errors.add(new FieldError(field, "the model has no input '" + entry.getKey() + "'"));
      } else if (input.get().shape() == null) {
        errors.add(new FieldError(field, "the input is not a tensor of known rank"));
      } else {
        checkDims(field, input.get().shape(), entry.getValue(), errors);
      }
    }
    return errors;
  }

  /** 400 with one field error per problem when {@code declared} does not fit {@code inputs}. */
  public static void requireFitting(List<TensorSpec> inputs, Map<String, List<Long>> declared) {
    List<FieldError> errors = check(inputs, declared);
    if (!errors.isEmpty()) {
      throw new InvalidInput("the serving shape does not fit the model's inputs", errors);
    }
  }

  /**
   * What the operator must still declare before the version can be profiled or planned, e.g. {@code
   * declare the serving shape of input 'x': [N?, 3, H?, W?], e.g. [1,3,640,640]}; empty when
   * nothing.
   */
  public static Optional<String> advice(ModelVersion version) {
    List<TensorSpec> missing = InputShapes.undeclared(version.inputs, version.servingShapes);
    return missing.isEmpty() ? Optional.empty() : Optional.of(InputShapes.advice(missing));
  }

  private static void checkDims(
      String field, List<String> shape, List<Long> dims, List<FieldError> errors) {
    if (dims == null || dims.size() != shape.size()) {
      errors.add(
          new FieldError(
              field, "must give " + shape.size() + " dimensions, one for each of " + shape));
      return;
    }
    for (int i = 0; i < dims.size(); i++) {
      Long dim = dims.get(i);
      String declared = shape.get(i);
      if (dim == null || dim < 1 || dim > DIM_MAX) {
        errors.add(
            new FieldError(field + "[" + i + "]", "must be a positive integer up to " + DIM_MAX));
      } else if (declared.matches("\\d{1,18}") && Long.parseLong(declared) != dim) {
        errors.add(
            new FieldError(field + "[" + i + "]", "the model fixes this dimension at " + declared));
      }
    }
  }
}
