package io.edgewise.planning.caching;

/**
 * Seconds to make an item resident on a miss (a model's cold start: initialisation plus copying its
 * weights from disk over PCIe; a content object's fetch from the origin).
 */
@FunctionalInterface
public interface LoadCost {

  double seconds(String item, long sizeBytes);

  /**
   * {@code fixedSeconds + sizeBytes / bytesPerSecond}: a fixed initialisation plus transfer at the
   * given bandwidth.
   */
  static LoadCost bandwidth(double fixedSeconds, double bytesPerSecond) {
    if (!(fixedSeconds >= 0) || !(bytesPerSecond > 0) || Double.isInfinite(fixedSeconds)) {
      throw new IllegalArgumentException("load cost needs fixed seconds >= 0 and bandwidth > 0");
    }
    return (item, sizeBytes) -> fixedSeconds + sizeBytes / bytesPerSecond;
  }
}
