package io.edgewise.planning.lab.caching;

/**
 * What a policy achieved on a trace: hits by count and by bytes, and the cold-start seconds its
 * misses cost.
 */
public record CacheStats(
    String policy,
    long requests,
    long hits,
    long bytesRequested,
    long bytesHit,
    double coldStartSeconds) {

  public double hitRatio() {
    return requests == 0 ? 0 : (double) hits / requests;
  }

  public double byteHitRatio() {
    return bytesRequested == 0 ? 0 : (double) bytesHit / bytesRequested;
  }

  public long misses() {
    return requests - hits;
  }
}
