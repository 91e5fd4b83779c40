package io.edgewise.planning.partitioning;

/**
 * A plan's predicted latency in milliseconds, by where it is spent. The result's return trip is not
 * counted.
 */
public record LatencyBreakdown(
    double deviceMs, double uplinkMs, double edgeMs, double edgeToCloudMs, double cloudMs) {

  public double totalMs() {
    return deviceMs + uplinkMs + edgeMs + edgeToCloudMs + cloudMs;
  }
}
