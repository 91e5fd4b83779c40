package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.registry.BatchPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A measured batch curve becomes placement's service time per batch size. */
class BatchServiceTimesTest {

  @Test
  void withoutACurveOnlyBatchOneIsKnown() {
    assertThat(BatchServiceTimes.of(3.0, null)).containsExactly(3.0);
    assertThat(BatchServiceTimes.of(3.0, List.of())).containsExactly(3.0);
    assertThat(BatchServiceTimes.of(3.0, List.of(new BatchPoint(1, 7.0)))).containsExactly(3.0);
  }

  @Test
  void theCurveIsScaledToTheEdgeTimeAndInterpolatedBetweenMeasuredSizes() {
    // curve 4, 5, 8 ms at 1, 2, 4; the partition's edge part takes 2 ms: half the whole model
    List<BatchPoint> curve =
        List.of(new BatchPoint(1, 4.0), new BatchPoint(2, 5.0), new BatchPoint(4, 8.0));

    // b=3 lies halfway from 5 to 8: 6.5 ms, scaled by 2/4
    assertThat(BatchServiceTimes.of(2.0, curve)).containsExactly(2.0, 2.5, 3.25, 4.0);
  }

  @Test
  void matchesAPointByPointInterpolationOnSeededRandomCurves() {
    Random random = new Random(13);
    for (int round = 0; round < 500; round++) {
      List<BatchPoint> curve = randomCurve(random);
      double edgeMs = 0.1 + random.nextDouble() * 50;
      double[] ms = BatchServiceTimes.of(edgeMs, curve);
      int largest =
          Math.min(BatchServiceTimes.MAX_PLANNED_BATCH, curve.get(curve.size() - 1).batch());
      assertThat(ms).hasSize(largest);
      double floor = 0;
      for (int b = 1; b <= largest; b++) {
        floor = Math.max(floor, edgeMs * oracle(curve, b) / curve.get(0).ms());
        assertThat(ms[b - 1]).as("round %d, b=%d", round, b).isCloseTo(floor, within(1e-9));
      }
    }
  }

  /** The straight line through the two measured points around b, found by scanning. */
  private static double oracle(List<BatchPoint> curve, int b) {
    for (int i = 0; i < curve.size(); i++) {
      if (curve.get(i).batch() == b) {
        return curve.get(i).ms();
      }
      if (curve.get(i).batch() > b) {
        BatchPoint lo = curve.get(i - 1);
        BatchPoint hi = curve.get(i);
        double t = (b - lo.batch()) / (double) (hi.batch() - lo.batch());
        return lo.ms() * (1 - t) + hi.ms() * t;
      }
    }
    throw new IllegalArgumentException("b beyond the curve");
  }

  /** Batch 1 then increasing sizes (powers of two or not), times that mostly grow. */
  private static List<BatchPoint> randomCurve(Random random) {
    List<BatchPoint> curve = new ArrayList<>();
    int batch = 1;
    double ms = 0.5 + random.nextDouble() * 10;
    int points = 1 + random.nextInt(10);
    for (int i = 0; i < points; i++) {
      curve.add(new BatchPoint(batch, ms));
      batch = random.nextBoolean() ? batch * 2 : batch + 1 + random.nextInt(20);
      ms = Math.max(0.01, ms * (0.9 + random.nextDouble()));
    }
    return curve;
  }
}
