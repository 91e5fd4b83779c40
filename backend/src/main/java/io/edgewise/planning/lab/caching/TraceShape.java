package io.edgewise.planning.lab.caching;

/**
 * The shape every generated trace shares: a catalogue of {@code items} with sizes log-uniform in
 * [{@code minBytes}, {@code maxBytes}], requested {@code requestsPerHour} on average over {@code
 * days}, with Zipf({@code zipfExponent}) popularity.
 */
public record TraceShape(
    int items,
    long minBytes,
    long maxBytes,
    double days,
    double requestsPerHour,
    double zipfExponent) {

  static final long MB = 1_000_000L;
  static final long GB = 1_000_000_000L;

  public TraceShape {
    if (items < 1 || minBytes < 1 || maxBytes < minBytes) {
      throw new IllegalArgumentException(
          "a workload needs items >= 1 and 1 <= minBytes <= maxBytes");
    }
    if (!(days > 0)
        || !(requestsPerHour > 0)
        || !(zipfExponent >= 0)
        || Double.isInfinite(days * requestsPerHour)) {
      throw new IllegalArgumentException(
          "a workload needs days > 0, requests per hour > 0 and a Zipf exponent >= 0");
    }
  }

  /**
   * Model caching on one GPU: 200 models of 50 MB to 8 GB, 7 days at 600 requests an hour, Zipf
   * 0.9.
   */
  public static TraceShape models() {
    return new TraceShape(200, 50 * MB, 8 * GB, 7, 600, 0.9);
  }

  /**
   * Content caching at a multimedia site: 5,000 objects of 100 kB to 50 MB, 3 days at 5,000
   * requests an hour, Zipf 0.8.
   */
  public static TraceShape content() {
    return new TraceShape(5_000, 100_000, 50 * MB, 3, 5_000, 0.8);
  }

  double seconds() {
    return days * 86_400;
  }

  double requestsPerSecond() {
    return requestsPerHour / 3_600;
  }
}
