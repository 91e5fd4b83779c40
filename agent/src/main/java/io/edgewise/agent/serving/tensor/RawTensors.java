package io.edgewise.agent.serving.tensor;

import java.util.Arrays;

/**
 * {@code application/octet-stream} bodies: raw little-endian C-order data, shape and dtype in
 * headers.
 */
public final class RawTensors {

  public static final String SHAPE_HEADER = "X-Edgewise-Shape";
  public static final String DTYPE_HEADER = "X-Edgewise-Dtype";

  private RawTensors() {}

  /** {@code shape} like {@code 1,3,224,224}; {@code dtype} null means FLOAT32. */
  public static Tensor read(byte[] body, String shape, String dtype, String name) {
    if (shape == null || shape.isBlank()) {
      throw new BadTensorException(
          "a raw body needs the header " + SHAPE_HEADER + ", e.g. '1,3,224,224'");
    }
    long[] dims;
    try {
      dims = Arrays.stream(shape.split(",")).map(String::trim).mapToLong(Long::parseLong).toArray();
    } catch (NumberFormatException e) {
      throw new BadTensorException(
          SHAPE_HEADER + " '" + shape + "' is not a comma-separated list of sizes");
    }
    DType type =
        dtype == null || dtype.isBlank()
            ? DType.FLOAT32
            : DType.named(dtype)
                .orElseThrow(
                    () ->
                        new BadTensorException(
                            DTYPE_HEADER + " '" + dtype + "' is not one of " + DType.accepted()));
    long expected = Tensor.elements(dims) * type.bytes();
    if (expected != body.length) {
      throw new BadTensorException(
          "shape "
              + Arrays.toString(dims)
              + " of "
              + type
              + " needs "
              + expected
              + " bytes but the body has "
              + body.length);
    }
    return new Tensor(name, type, dims, body);
  }
}
