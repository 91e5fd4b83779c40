package io.edgewise.metrics;

/**
 * What an agent measured of one deployment's request path in one minute, beside the request counts
 * of its {@link MetricPoint}. Null means "not measured", never zero: a device that reports nothing
 * leaves its segments null (docs/agent.md, "Timing reports").
 *
 * @param edgeMeanMs mean time from a request's arrival at the agent to its answer (queue wait and
 *     edge compute)
 * @param edgeP95Ms the same time's p95 (nearest rank)
 * @param timedRequests requests whose device reported its timings; the device-side means and the
 *     end-to-end p95 are over these requests only
 * @param deviceMeanMs mean device compute (the head of a split, or input preparation) as devices
 *     reported it
 * @param uplinkMeanMs mean time to send the request, as devices reported it
 * @param downlinkMeanMs mean time to receive the answer, as devices reported it
 * @param endToEndP95Ms p95 of the end-to-end latency devices reported
 */
public record MeasuredSegments(
    Double edgeMeanMs,
    Double edgeP95Ms,
    Long timedRequests,
    Double deviceMeanMs,
    Double uplinkMeanMs,
    Double downlinkMeanMs,
    Double endToEndP95Ms) {

  /** Nothing measured. */
  public static final MeasuredSegments NONE =
      new MeasuredSegments(null, null, 0L, null, null, null, null);

  /** The timed request count, 0 when absent. */
  public long timed() {
    return timedRequests == null ? 0 : timedRequests;
  }
}
