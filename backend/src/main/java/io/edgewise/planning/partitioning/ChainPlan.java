package io.edgewise.planning.partitioning;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A split of a chain: layers {@code [0, edgeStart)} on the device, {@code [edgeStart, cloudStart)}
 * on the edge, {@code [cloudStart, n)} in the cloud, with the latency broken down ({@code
 * downlinkMs}: the answer's way back to the device, see {@link LatencyBreakdown}).
 */
public record ChainPlan(
    int edgeStart,
    int cloudStart,
    double deviceMs,
    double uplinkMs,
    double edgeMs,
    double edgeToCloudMs,
    double cloudMs,
    double downlinkMs,
    long bytesUplinked) {

  public double totalMs() {
    return deviceMs + uplinkMs + edgeMs + edgeToCloudMs + cloudMs + downlinkMs;
  }

  /** The tier of every layer. */
  public List<Tier> tiers(int layerCount) {
    return IntStream.range(0, layerCount)
        .mapToObj(k -> k < edgeStart ? Tier.DEVICE : k < cloudStart ? Tier.EDGE : Tier.CLOUD)
        .toList();
  }
}
