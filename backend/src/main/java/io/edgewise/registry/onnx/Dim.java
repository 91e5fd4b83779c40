package io.edgewise.registry.onnx;

/**
 * One dimension of a tensor shape: a known size, a symbolic name such as {@code N}, or unknown.
 *
 * @param value the size when known, else -1
 * @param symbol the symbolic name when the size is symbolic, else null
 */
public record Dim(long value, String symbol) {

  private static final Dim UNKNOWN = new Dim(-1, null);

  public static Dim of(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a dimension cannot be negative: " + value);
    }
    return new Dim(value, null);
  }

  public static Dim symbolic(String symbol) {
    return symbol == null || symbol.isEmpty() ? UNKNOWN : new Dim(-1, symbol);
  }

  public static Dim unknown() {
    return UNKNOWN;
  }

  public boolean isKnown() {
    return value >= 0;
  }

  public boolean isSymbolic() {
    return symbol != null;
  }

  /** The size used for bytes and FLOPs: a symbolic dimension (a batch, say) counts as one. */
  long perSample() {
    return isKnown() ? value : 1;
  }

  @Override
  public String toString() {
    return isKnown() ? Long.toString(value) : isSymbolic() ? symbol : "?";
  }
}
