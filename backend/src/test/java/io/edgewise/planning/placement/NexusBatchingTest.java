package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Batch choice under the shared-queue model: the least GPU time per request among the batch sizes
 * whose fill plus p95 at the cap meets the SLO.
 */
class NexusBatchingTest {

  /**
   * The batch size placement picks for one workload of 1,000 rps (fill = b − 1 ms), no fixed part.
   */
  private static int batch(double[] curve, double sloMs) {
    Workload w = new Workload("w", 1, curve, Map.of("a", 1_000.0), sloMs, 0, 1, Set.of());
    return ScaledProblem.of(
            new PlacementProblem(
                List.of(new GpuSlot("g", "n", "a", 1_000, 1, 0, 0)), List.of(w), (x, y) -> 0))
        .demands
        .get(0)
        .batch;
  }

  /** Fill plus the p95 in a queue of its own batches at the 80% cap, as {@link NexusBatching}. */
  private static double p95AtCap(int b, double ms) {
    double cv = Workload.DEFAULT_SERVICE_CV;
    return (b - 1) + SharedGpuQueue.waitAloneMs(0.8, ms, cv) + SharedGpuQueue.serviceMs(ms, cv);
  }

  @Test
  void takesTheLargestBatchWhenItIsCheapestPerRequestAndTheSloAllows() {
    // 5, 3, 2.33, 2 ms per request: batch 4 is cheapest.
    assertThat(batch(new double[] {5, 6, 7, 8}, 500)).isEqualTo(4);
  }

  @Test
  void stopsAtTheLargestBatchWhoseFillAndQueueingStillMeetTheSlo() {
    double slo = (p95AtCap(2, 6) + p95AtCap(3, 7)) / 2;
    assertThat(p95AtCap(2, 6)).isLessThan(slo);
    assertThat(batch(new double[] {5, 6, 7, 8}, slo)).isEqualTo(2);
  }

  @Test
  void skipsABatchSizeThatCostsMorePerRequestOnAMeasuredCurve() {
    // Measured curves need not be convex: 5, 3, 10, 10 ms per request.
    assertThat(batch(new double[] {5, 6, 30, 40}, 500)).isEqualTo(2);
  }

  @Test
  void servesOneAtATimeWhenNoBatchMeetsTheSlo() {
    assertThat(batch(new double[] {5, 6, 7, 8}, p95AtCap(2, 6) - 1)).isEqualTo(1);
  }
}
