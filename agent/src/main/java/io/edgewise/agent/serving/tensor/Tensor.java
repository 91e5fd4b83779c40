package io.edgewise.agent.serving.tensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named tensor: {@code data} holds its elements little-endian in C order.
 *
 * @param name the model input or output it is, or null when the caller did not say
 */
public record Tensor(String name, DType dtype, long[] shape, byte[] data) {

  public Tensor {
    shape = shape.clone();
    long expected = elements(shape) * dtype.bytes();
    if (expected != data.length) {
      throw new BadTensorException(
          "tensor '"
              + name
              + "' of shape "
              + Arrays.toString(shape)
              + " and dtype "
              + dtype
              + " needs "
              + expected
              + " bytes of data but has "
              + data.length);
    }
  }

  /** The number of elements of a shape (1 for a scalar); a negative dimension is invalid. */
  public static long elements(long[] shape) {
    long count = 1;
    for (long dim : shape) {
      if (dim < 0) {
        throw new BadTensorException(
            "shape " + Arrays.toString(shape) + " has a negative dimension");
      }
      count = Math.multiplyExact(count, dim);
    }
    return count;
  }

  public Tensor named(String other) {
    return new Tensor(other, dtype, shape, data);
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tensor t
        && Objects.equals(name, t.name)
        && dtype == t.dtype
        && Arrays.equals(shape, t.shape)
        && Arrays.equals(data, t.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, dtype, Arrays.hashCode(shape), Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "Tensor[" + name + " " + dtype + " " + Arrays.toString(shape) + "]";
  }
}
