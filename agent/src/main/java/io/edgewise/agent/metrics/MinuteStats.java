package io.edgewise.agent.metrics;

import io.edgewise.agent.serving.DeviceTiming;
import java.util.Arrays;

/**
 * One deployment's requests within one minute, and its devices' timing reports. The edge segment is
 * the served requests' latency here (arrival to answer: queue wait and compute), its mean and p95.
 * Latencies are kept exactly (8 bytes a request: 60 000 requests a minute are 480 KB) and the
 * percentiles are nearest-rank over them: pN is the ⌈N/100 · n⌉-th smallest latency.
 */
final class MinuteStats {
  private double[] latencies = new double[16];
  private int served;
  private long missed;
  private long warm;
  private long sloViolations;
  private long bytesIn;
  private long splitWholeBytes;
  private long splitBytesIn;
  private double servedMs;
  private final DeviceTimings timings = new DeviceTimings();

  /**
   * A 200: its latency, body bytes, whether its model was loaded already, and (for a split request,
   * {@code split}) the whole model's input bytes per sample it stood in for.
   */
  synchronized void served(
      double ms, long bytes, boolean wasWarm, double sloMs, boolean split, long wholeInputBytes) {
    if (served == latencies.length) {
      latencies = Arrays.copyOf(latencies, served * 2);
    }
    latencies[served++] = ms;
    servedMs += ms;
    warm += wasWarm ? 1 : 0;
    sloViolations += ms > sloMs ? 1 : 0;
    bytesIn += bytes;
    if (split) {
      splitWholeBytes += wholeInputBytes;
      splitBytesIn += bytes;
    }
  }

  /** A 503 while the model loaded: a request and a cache miss with no latency. */
  synchronized void missed() {
    missed++;
  }

  /** A device's report of an earlier request's timings. */
  synchronized void timed(DeviceTiming timing) {
    timings.add(timing);
  }

  /** The minute as a point (site filled in when sent). */
  synchronized MetricPoint point(String deploymentId, String minute) {
    double[] sorted = Arrays.copyOf(latencies, served);
    Arrays.sort(sorted);
    return new MetricPoint(
        deploymentId,
        minute,
        served + missed,
        rank(sorted, 50),
        rank(sorted, 95),
        rank(sorted, 99),
        sloViolations,
        bytesIn,
        Math.max(0, splitWholeBytes - splitBytesIn),
        warm,
        served - warm + missed,
        0.0,
        timings.segments(
            served == 0 ? null : servedMs / served, served == 0 ? null : rank(sorted, 95)));
  }

  /** The nearest-rank percentile of ascending {@code sorted}; 0 when nothing was served. */
  static double rank(double[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    long rank =
        ((long) percent * sorted.length + 99) / 100; // ⌈percent · n / 100⌉ without rounding errors
    return sorted[(int) Math.max(1, rank) - 1];
  }
}
