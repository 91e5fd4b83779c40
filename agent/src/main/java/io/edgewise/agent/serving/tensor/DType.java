package io.edgewise.agent.serving.tensor;

import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The element types serving accepts on the wire, with their NumPy descriptors and DJL counterparts.
 */
public enum DType {
  FLOAT32(4, "<f4", DataType.FLOAT32),
  INT64(8, "<i8", DataType.INT64),
  INT32(4, "<i4", DataType.INT32);

  private final int bytes;
  private final String npy;
  private final DataType djl;

  DType(int bytes, String npy, DataType djl) {
    this.bytes = bytes;
    this.npy = npy;
    this.djl = djl;
  }

  public int bytes() {
    return bytes;
  }

  /** The NumPy {@code descr} of this type, little-endian. */
  public String npy() {
    return npy;
  }

  public DataType djl() {
    return djl;
  }

  /** {@code FLOAT32}, {@code float32} or {@code float} style names. */
  public static Optional<DType> named(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    if (upper.equals("FLOAT")) {
      return Optional.of(FLOAT32);
    }
    return Arrays.stream(values()).filter(t -> t.name().equals(upper)).findFirst();
  }

  public static Optional<DType> ofNpy(String descr) {
    return Arrays.stream(values()).filter(t -> t.npy.equals(descr)).findFirst();
  }

  public static Optional<DType> of(DataType type) {
    return Arrays.stream(values()).filter(t -> t.djl == type).findFirst();
  }

  public static String accepted() {
    return Arrays.toString(values());
  }
}
