package io.edgewise.planning.partitioning;

import java.util.List;

/**
 * Minimum end-to-end latency split of a chain DNN over device, edge and (optionally) cloud, in
 * O(n). Neurosurgeon (Kang et al., ASPLOS'17) picks one device/server cut from per-layer latency
 * and output sizes; with a third tier (Huang et al.) a plan is a pair of cuts {@code i <= j}. For a
 * fixed cloud cut {@code j} the best device cut minimises {@code D[i] + uplink(i) - E[i]} over
 * {@code i <= j}, a running minimum, so all pairs are covered in one pass.
 *
 * <p>The input starts on the device; a cut sends the tensor at that point (the input itself for a
 * cut before the first layer). Unlike Neurosurgeon, the answer's way back is charged: its bytes
 * over each link between the answering tier and the device (no second RTT). It depends only on the
 * tier of the last layer, so it is a constant of the edge ({@code j = n}) and the cloud ({@code j <
 * n}) plans.
 */
public final class LatencyOptimalChainPartitioner {

  /**
   * The fastest plan. {@code edgeToCloud} null means there is no cloud tier (device and edge only).
   */
  public ChainPlan plan(long inputBytes, List<Layer> layers, Link uplink, Link edgeToCloud) {
    return plan(inputBytes, layers, lastOutput(layers), uplink, edgeToCloud);
  }

  /** The fastest plan when the answer sent back is {@code resultBytes} (an early exit's). */
  ChainPlan plan(
      long inputBytes, List<Layer> layers, long resultBytes, Link uplink, Link edgeToCloud) {
    int n = layers.size();
    Answer answer = new Answer(resultBytes, uplink, edgeToCloud);
    double[] device = prefix(layers, Tier.DEVICE);
    double[] edge = prefix(layers, Tier.EDGE);
    double[] cloud = prefix(layers, Tier.CLOUD);

    ChainPlan best = build(n, n, inputBytes, layers, answer, device, edge, cloud);
    int bestDeviceCut = -1;
    double bestPrefix = Double.POSITIVE_INFINITY;
    for (int j = 0; j <= n; j++) {
      if (j < n) {
        double g = device[j] + uplink.transferMs(bytesAt(j, inputBytes, layers)) - edge[j];
        if (g < bestPrefix) {
          bestPrefix = g;
          bestDeviceCut = j;
        }
      }
      if (bestDeviceCut < 0 || (j < n && edgeToCloud == null)) {
        continue;
      }
      double tail =
          j < n ? edgeToCloud.transferMs(bytesAt(j, inputBytes, layers)) + cloud[n] - cloud[j] : 0;
      double back = answer.ms(j < n ? Tier.CLOUD : Tier.EDGE);
      if (bestPrefix + edge[j] + tail + back < best.totalMs()) {
        best = build(bestDeviceCut, j, inputBytes, layers, answer, device, edge, cloud);
      }
    }
    return best;
  }

  /**
   * Device-only, edge-only and cloud-only (when there is a cloud) plans, the baselines operators
   * use.
   */
  public ChainPlan fixed(
      Tier tier, long inputBytes, List<Layer> layers, Link uplink, Link edgeToCloud) {
    int n = layers.size();
    double[] device = prefix(layers, Tier.DEVICE);
    double[] edge = prefix(layers, Tier.EDGE);
    double[] cloud = prefix(layers, Tier.CLOUD);
    Answer answer = new Answer(lastOutput(layers), uplink, edgeToCloud);
    return switch (tier) {
      case DEVICE -> build(n, n, inputBytes, layers, answer, device, edge, cloud);
      case EDGE -> build(0, n, inputBytes, layers, answer, device, edge, cloud);
      case CLOUD -> build(0, 0, inputBytes, layers, answer, device, edge, cloud);
    };
  }

  private static ChainPlan build(
      int i,
      int j,
      long inputBytes,
      List<Layer> layers,
      Answer answer,
      double[] device,
      double[] edge,
      double[] cloud) {
    int n = layers.size();
    long sent = i < n ? bytesAt(i, inputBytes, layers) : 0;
    double up = i < n ? answer.uplink().transferMs(sent) : 0;
    double e2c = j < n ? answer.edgeToCloud().transferMs(bytesAt(j, inputBytes, layers)) : 0;
    double back = answer.ms(i == n ? Tier.DEVICE : j == n ? Tier.EDGE : Tier.CLOUD);
    return new ChainPlan(
        i, j, device[i], up, edge[j] - edge[i], e2c, cloud[n] - cloud[j], back, sent);
  }

  /** The answer's size and the links it comes back over. */
  private record Answer(long bytes, Link uplink, Link edgeToCloud) {
    double ms(Tier answeredOn) {
      return LatencyBreakdown.downlinkMs(answeredOn, bytes, uplink, edgeToCloud);
    }
  }

  private static long lastOutput(List<Layer> layers) {
    return layers.isEmpty() ? 0 : layers.get(layers.size() - 1).outputBytes();
  }

  /** Bytes crossing a cut before layer {@code k}: the input, or the previous layer's output. */
  private static long bytesAt(int k, long inputBytes, List<Layer> layers) {
    return k == 0 ? inputBytes : layers.get(k - 1).outputBytes();
  }

  private static double[] prefix(List<Layer> layers, Tier tier) {
    double[] sums = new double[layers.size() + 1];
    for (int k = 0; k < layers.size(); k++) {
      sums[k + 1] = sums[k] + layers.get(k).msOn(tier);
    }
    return sums;
  }
}
