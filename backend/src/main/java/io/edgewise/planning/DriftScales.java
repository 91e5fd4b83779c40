package io.edgewise.planning;

import java.util.UUID;

/**
 * The scales a drift re-plan uses: the scale the current plan applied, times measured over
 * predicted, for the edge segment (agents' mean) and the device segment (devices' reported mean)
 * where each was measured over enough requests; a segment not measured keeps its scale. One step is
 * bounded so that one bad window cannot make a model look 1000× slower.
 */
final class DriftScales {

  static final double MIN = 0.05;
  static final double MAX = 50;

  private DriftScales() {}

  static MeasuredScale next(
      UUID deploymentId, MeasuredScale current, PredictionComparison c, long minRequests) {
    return new MeasuredScale(
        deploymentId,
        step(current.edge(), c.segment(PredictionCheck.EDGE), minRequests),
        step(current.device(), c.segment(PredictionCheck.DEVICE), minRequests));
  }

  private static double step(double scale, SegmentComparison s, long minRequests) {
    if (s.relativeError() == null || s.samples() < minRequests) {
      return scale;
    }
    double next = scale * (s.measuredMs() / s.predictedMs());
    return Math.min(MAX, Math.max(MIN, next));
  }
}
