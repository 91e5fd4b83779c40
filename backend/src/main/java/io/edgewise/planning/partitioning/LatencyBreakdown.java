package io.edgewise.planning.partitioning;

/**
 * A plan's predicted latency in milliseconds, by where it is spent.
 *
 * @param downlinkMs the answer's trip back to the device from the tier that computed it: its bytes
 *     over the edge→cloud link (when the cloud answers) and over the device link; no RTT, since
 *     each link's round trip is charged once with the data sent up
 */
public record LatencyBreakdown(
    double deviceMs,
    double uplinkMs,
    double edgeMs,
    double edgeToCloudMs,
    double cloudMs,
    double downlinkMs) {

  public double totalMs() {
    return deviceMs + uplinkMs + edgeMs + edgeToCloudMs + cloudMs + downlinkMs;
  }

  /**
   * The answer's {@code bytes} back to the device from {@code answeredOn}: over the edge→cloud link
   * from the cloud, then over the device link; serialisation only.
   */
  static double downlinkMs(Tier answeredOn, long bytes, Link uplink, Link edgeToCloud) {
    return switch (answeredOn) {
      case DEVICE -> 0;
      case EDGE -> uplink.serialisationMs(bytes);
      case CLOUD -> edgeToCloud.serialisationMs(bytes) + uplink.serialisationMs(bytes);
    };
  }
}
