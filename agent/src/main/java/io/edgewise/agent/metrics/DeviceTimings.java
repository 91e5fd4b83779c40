package io.edgewise.agent.metrics;

import io.edgewise.agent.serving.DeviceTiming;
import java.util.Arrays;

/**
 * The timing reports of one deployment's devices within one minute: a mean per segment over the
 * reports that carried it, and the end-to-end totals kept exactly for their nearest-rank p95. Not
 * thread-safe: {@link MinuteStats} guards it.
 */
final class DeviceTimings {
  private long reports;
  private final Mean device = new Mean();
  private final Mean uplink = new Mean();
  private final Mean downlink = new Mean();
  private double[] totals = new double[8];
  private int totalCount;

  void add(DeviceTiming t) {
    reports++;
    device.add(t.deviceMs());
    uplink.add(t.uplinkMs());
    downlink.add(t.downlinkMs());
    if (t.totalMs() != null) {
      if (totalCount == totals.length) {
        totals = Arrays.copyOf(totals, totalCount * 2);
      }
      totals[totalCount++] = t.totalMs();
    }
  }

  /**
   * The segments with the edge's figures ({@code null} when nothing was served); null when nothing
   * at all was measured.
   */
  MeasuredSegments segments(Double edgeMeanMs, Double edgeP95Ms) {
    if (edgeMeanMs == null && reports == 0) {
      return null;
    }
    double[] sorted = Arrays.copyOf(totals, totalCount);
    Arrays.sort(sorted);
    return new MeasuredSegments(
        edgeMeanMs,
        edgeP95Ms,
        reports,
        device.value(),
        uplink.value(),
        downlink.value(),
        totalCount == 0 ? null : MinuteStats.rank(sorted, 95));
  }

  private static final class Mean {
    private double sum;
    private long count;

    void add(Double ms) {
      if (ms != null) {
        sum += ms;
        count++;
      }
    }

    Double value() {
      return count == 0 ? null : sum / count;
    }
  }
}
