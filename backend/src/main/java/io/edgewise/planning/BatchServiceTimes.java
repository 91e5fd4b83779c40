package io.edgewise.planning;

import io.edgewise.registry.BatchPoint;
import java.util.List;

/**
 * Placement's service time per batch size, {@code [b-1]} = ms for a batch of b, from a batch curve
 * an agent measured (the batch profile Nexus packs GPUs with, Shen et al., SOSP'19): {@code ms(b) =
 * edgeMs × curve(b) / curve(1)}, the curve linearly interpolated between its measured sizes and
 * kept non-decreasing. Scaling keeps the partition's edge time (per-layer, measured or estimated,
 * and only the layers a split runs at the edge) as batch 1 and takes from the curve only how a
 * batch grows it, so the edge part of a split is assumed to batch like the whole model. Without a
 * curve: {@code [edgeMs]}, batch 1 only.
 */
final class BatchServiceTimes {

  /** The largest batch placement may plan (the length of the array it gets). */
  static final int MAX_PLANNED_BATCH = 64;

  private BatchServiceTimes() {}

  static double[] of(double edgeMs, List<BatchPoint> curve) {
    if (curve == null || curve.isEmpty() || curve.get(0).batch() != 1) {
      return new double[] {edgeMs};
    }
    int largest = Math.min(MAX_PLANNED_BATCH, curve.get(curve.size() - 1).batch());
    double[] ms = new double[largest];
    int segment = 0;
    for (int b = 1; b <= largest; b++) {
      while (segment + 1 < curve.size() - 1 && curve.get(segment + 1).batch() < b) {
        segment++;
      }
      double scaled = edgeMs * interpolated(curve, segment, b) / curve.get(0).ms();
      ms[b - 1] = b == 1 ? edgeMs : Math.max(ms[b - 2], scaled);
    }
    return ms;
  }

  /** The curve at batch {@code b} on the straight line between points {@code i} and {@code i+1}. */
  private static double interpolated(List<BatchPoint> curve, int i, int b) {
    if (curve.size() == 1) {
      return curve.get(0).ms();
    }
    BatchPoint from = curve.get(i);
    BatchPoint to = curve.get(i + 1);
    return from.ms() + (to.ms() - from.ms()) * (b - from.batch()) / (to.batch() - from.batch());
  }
}
