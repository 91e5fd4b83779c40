package io.edgewise.planning;

/**
 * One segment of a request's path, predicted against measured.
 *
 * @param segment DEVICE, UPLINK, EDGE or DOWNLINK
 * @param predictedMs the plan's prediction, null when the plan has no partition
 * @param measuredMs the measured mean, null when not measured
 * @param samples requests the measurement is over (timed requests for device-reported segments)
 * @param relativeError (measured − predicted) / predicted; null when not measured or nothing was
 *     predicted
 * @param drift whether the measurement exceeds the prediction by more than the threshold, over
 *     enough samples
 */
public record SegmentComparison(
    String segment,
    Double predictedMs,
    Double measuredMs,
    long samples,
    Double relativeError,
    boolean drift) {}
