package io.edgewise.planning.lab.caching;

/**
 * One request for an item (a model version, or a content object) at a time in seconds.
 *
 * @param sizeBytes the item's size when requested; a different size for the same id is a new
 *     version
 */
public record Request(double timeSeconds, String item, long sizeBytes) {

  public Request {
    if (!Double.isFinite(timeSeconds) || timeSeconds < 0) {
      throw new IllegalArgumentException(
          "request time must be finite and >= 0, was " + timeSeconds);
    }
    if (item == null || item.isBlank()) {
      throw new IllegalArgumentException("request item must not be blank");
    }
    if (sizeBytes <= 0) {
      throw new IllegalArgumentException(
          "request for " + item + ": size must be > 0, was " + sizeBytes);
    }
  }
}
