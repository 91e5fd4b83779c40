package io.edgewise.planning.caching;

/**
 * An item that could be kept resident on a GPU, with what keeping it saves: {@link
 * #savedSecondsPerSecond()}, the forecast request rate times the load cost each of those requests
 * would otherwise pay.
 */
public record ResidentCandidate(
    String item, long sizeBytes, double loadCostSeconds, double forecastRequestsPerSecond) {

  public ResidentCandidate {
    if (item == null || item.isBlank()) {
      throw new IllegalArgumentException("a resident candidate needs an item id");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException(
          "candidate " + item + ": size must be >= 0, was " + sizeBytes);
    }
    if (!(loadCostSeconds >= 0) || Double.isInfinite(loadCostSeconds)) {
      throw new IllegalArgumentException(
          "candidate " + item + ": load cost must be finite and >= 0");
    }
    if (!(forecastRequestsPerSecond >= 0) || Double.isInfinite(forecastRequestsPerSecond)) {
      throw new IllegalArgumentException(
          "candidate " + item + ": forecast rate must be finite and >= 0");
    }
  }

  /** Expected cold-start seconds avoided per second of residency. */
  public double savedSecondsPerSecond() {
    return forecastRequestsPerSecond * loadCostSeconds;
  }
}
