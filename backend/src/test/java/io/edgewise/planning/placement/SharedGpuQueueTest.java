package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The shared-GPU queue model's arithmetic and its exact case. */
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
    // Exponential: its 1% quantile, ln 100 = 4.61 means, is below Cantelli's 1 + √19 = 5.36 means.
    assertThat(SharedGpuQueue.serviceMs(5, 1)).isCloseTo(5 * (1 + Math.sqrt(19)), within(1e-9));
    // cv 0.1: Cantelli's 1 + 0.1·√19 = 1.4359 means, above the gamma's 1% quantile (about 1.24).
    assertThat(SharedGpuQueue.serviceMs(1, 0.1)).isCloseTo(1.4359, within(1e-4));
  }
}
