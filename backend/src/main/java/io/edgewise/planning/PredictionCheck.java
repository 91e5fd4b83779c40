package io.edgewise.planning;

import io.edgewise.metrics.MeasuredWindow;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Compares a plan entry's predictions with a window of measurements and says which drifted: a
 * measurement drifts when it exceeds its prediction by more than {@code threshold} of the
 * prediction, over at least {@code minRequests} samples. Faster than predicted is never drift.
 */
public record PredictionCheck(double threshold, long minRequests) {

  public static final String DEVICE = "DEVICE";
  public static final String UPLINK = "UPLINK";
  public static final String EDGE = "EDGE";
  public static final String DOWNLINK = "DOWNLINK";

  /**
   * @param predictedP95Ms the entry's predicted end-to-end p95, null when unplaced
   * @param predicted the chosen partition's figures, null when the entry has no partition
   */
  public PredictionComparison compare(
      Double predictedP95Ms,
      LatencyFigures predicted,
      MeasuredWindow m,
      Instant driftReplanRequestedAt) {
    List<SegmentComparison> segments =
        List.of(
            segment(
                DEVICE,
                part(predicted, LatencyFigures::deviceMs),
                m.deviceMeanMs(),
                m.timedRequests()),
            segment(
                UPLINK,
                part(predicted, LatencyFigures::uplinkMs),
                m.uplinkMeanMs(),
                m.timedRequests()),
            segment(EDGE, part(predicted, LatencyFigures::edgeMs), m.edgeMeanMs(), m.requests()),
            segment(
                DOWNLINK,
                part(predicted, LatencyFigures::downlinkMs),
                m.downlinkMeanMs(),
                m.timedRequests()));
    boolean fromDevices = m.endToEndP95Ms() != null;
    Double observed = fromDevices ? m.endToEndP95Ms() : m.agentP95Ms();
    long p95Samples = fromDevices ? m.timedRequests() : m.requests();
    Double p95Error = predictedP95Ms == null ? null : relativeError(predictedP95Ms, observed);
    boolean p95Drift = drifted(p95Error, p95Samples);
    return new PredictionComparison(
        m.from(),
        m.to(),
        m.requests(),
        m.timedRequests(),
        predictedP95Ms,
        observed,
        observed == null ? null : fromDevices ? "DEVICES" : "AGENT",
        p95Error,
        p95Drift,
        segments,
        p95Drift || segments.stream().anyMatch(SegmentComparison::drift),
        driftReplanRequestedAt);
  }

  private static Double part(LatencyFigures figures, ToDoubleFunction<LatencyFigures> segment) {
    return figures == null ? null : segment.applyAsDouble(figures);
  }

  private SegmentComparison segment(
      String name, Double predictedMs, Double measuredMs, long samples) {
    Double error = relativeError(predictedMs, measuredMs);
    return new SegmentComparison(
        name, predictedMs, measuredMs, samples, error, drifted(error, samples));
  }

  private boolean drifted(Double error, long samples) {
    return error != null && error > threshold && samples >= minRequests;
  }

  /** Null when nothing was measured, or nothing predicted to measure against. */
  static Double relativeError(Double predicted, Double measured) {
    return measured == null || predicted == null || !(predicted > 0)
        ? null
        : (measured - predicted) / predicted;
  }
}
