package io.edgewise.agent.serving.tensor;

import java.util.Arrays;

/**
 * A model input or output as the model declares it.
 *
 * @param shape sizes, {@code -1} for a dynamic dimension
 */
public record TensorSpec(String name, DType dtype, long[] shape) {

  public TensorSpec {
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  public int rank() {
    return shape.length;
  }

  /** Whether the first dimension is dynamic, so requests can be stacked along it. */
  public boolean batchable() {
    return shape.length > 0 && shape[0] < 0;
  }

  /** Whether {@code tensor} has this spec's dtype, rank and fixed sizes. */
  public boolean accepts(Tensor tensor) {
    long[] dims = tensor.shape();
    if (tensor.dtype() != dtype || dims.length != shape.length) {
      return false;
    }
    for (int i = 0; i < dims.length; i++) {
      if (shape[i] >= 0 && shape[i] != dims[i]) {
        return false;
      }
    }
    return true;
  }

  /** Like {@code FLOAT32 [-1, 3, 32, 32]} (-1 = any size). */
  public String describe() {
    return dtype + " " + Arrays.toString(shape);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TensorSpec s
        && name.equals(s.name)
        && dtype == s.dtype
        && Arrays.equals(shape, s.shape);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return name + ": " + describe();
  }
}
