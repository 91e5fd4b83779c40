package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared-GPU queue model's arithmetic, its exact case and the property the oracles need. */
class SharedGpuQueueTest {

  @Test
  void gammaQuantilesMatchTheChiSquareTables() {
    // Gamma(k, 2) is χ² with 2k degrees of freedom; Gamma(1, 1) is Exp(1).
    assertThat(GammaQuantile.upper(1, 1, 0.05)).isCloseTo(Math.log(20), within(1e-9));
    assertThat(GammaQuantile.upper(0.5, 2, 0.05)).isCloseTo(3.8415, within(1e-4));
    assertThat(GammaQuantile.upper(2.5, 2, 0.01)).isCloseTo(15.0863, within(1e-4));
    assertThat(GammaQuantile.upper(5, 2, 0.05)).isCloseTo(18.3070, within(1e-4));
    assertThat(GammaQuantile.upper(50, 2, 0.05)).isCloseTo(124.3421, within(1e-3));
  }

  @Test
  void isExactForMm1() {
    // Exponential service s at load ρ: P(W > t) = ρ·exp(−t(1−ρ)/s), so the 4% quantile is
    // s/(1−ρ)·ln(ρ/0.04); e.g. 10 ms at 50%: 20·ln 12.5 = 50.52 ms.
    for (double rho : new double[] {0.1, 0.5, 0.8}) {
      assertThat(SharedGpuQueue.waitAloneMs(rho, 10, 1))
          .isCloseTo(10 / (1 - rho) * Math.log(rho / 0.04), within(1e-6));
    }
    assertThat(SharedGpuQueue.waitAloneMs(0.5, 10, 1)).isCloseTo(50.52, within(0.01));
  }

  @Test
  void nothingWaitsBelowTheTailProbabilityAndNothingFinishesAtFullLoad() {
    assertThat(SharedGpuQueue.waitAloneMs(0.04, 100, 1)).isZero();
    assertThat(SharedGpuQueue.waitAloneMs(1, 100, 1)).isInfinite();
    assertThat(SharedGpuQueue.serviceMs(5, 0)).isEqualTo(5);
    // Exponential: the 1% quantile is ln 100 means.
    assertThat(SharedGpuQueue.serviceMs(5, 1)).isCloseTo(5 * Math.log(100), within(1e-9));
  }

  /**
   * The CP-SAT oracle's cuts and the re-plan's admission rely on it: on seeded random GPUs and
   * residents (any spread, background load), one more resident never shortens the wait quantile.
   */
  @Test
  void oneMoreResidentNeverShortensTheWait() {
    Random random = new Random(13);
    for (int trial = 0; trial < 2_000; trial++) {
      List<Workload> workloads = new ArrayList<>();
      int k = 1 + random.nextInt(6);
      for (int i = 0; i < k; i++) {
        double ms = Math.exp(random.nextDouble() * Math.log(300));
        workloads.add(
            new Workload(
                "w" + i,
                1,
                new double[] {ms},
                Map.of("a", 0.15 / k * 1000 / ms * (0.2 + 2 * random.nextDouble())),
                1e6,
                0,
                1,
                Set.of(),
                3 * random.nextDouble() * random.nextDouble()));
      }
      double background = random.nextBoolean() ? 0 : 0.25 * random.nextDouble();
      ScaledProblem scaled =
          ScaledProblem.of(
              new PlacementProblem(
                  List.of(
                      new GpuSlot("g", "n", "a", 1_000, 0.5 + random.nextDouble(), 0, background)),
                  workloads,
                  (x, y) -> 0,
                  0.999));
      GpuBin gpu = scaled.gpus.get(0);
      List<Demand> residents = new ArrayList<>();
      long before = SharedGpuQueue.waitMicros(gpu, residents);
      for (Demand d : scaled.demands) {
        residents.add(d);
        long after = SharedGpuQueue.waitMicros(gpu, residents);
        assertThat(after)
            .as("trial %d, %d residents", trial, residents.size())
            .isGreaterThanOrEqualTo(before);
        before = after;
      }
    }
  }
}
