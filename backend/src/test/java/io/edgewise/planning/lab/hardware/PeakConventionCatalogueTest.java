package io.edgewise.planning.lab.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.calibration.PeakConvention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product's peak convention (dense FP32 peak × 0.4) agrees with the lab catalogue. */
class PeakConventionCatalogueTest {

  private static final List<Hardware> DATACENTER_GPUS =
      List.of(
          HardwareCatalogue.T4,
          HardwareCatalogue.L4,
          HardwareCatalogue.A100,
          HardwareCatalogue.H100);

  @Test
  void theBatchOneEfficiencyIsTheCataloguesGeometricMeanOverDatacenterGpus() {
    double logSum =
        DATACENTER_GPUS.stream()
            .mapToDouble(h -> Math.log(h.sustainedGflops() / HardwareCatalogue.peakFp32Gflops(h)))
            .sum();
    double geometricMean = Math.exp(logSum / DATACENTER_GPUS.size());
    assertThat(geometricMean).isCloseTo(PeakConvention.BATCH1_EFFICIENCY, within(0.02));
  }

  @Test
  void thePeakRatioLandsWithinOnePointSixOfEveryCatalogueGpu() {
    for (Hardware h :
        List.of(
            HardwareCatalogue.JETSON_NANO,
            HardwareCatalogue.JETSON_ORIN_NANO,
            HardwareCatalogue.T4,
            HardwareCatalogue.L4,
            HardwareCatalogue.A100,
            HardwareCatalogue.H100)) {
      double convention =
          PeakConvention.sustainedGflops(
              HardwareCatalogue.peakFp32Gflops(h) / 1000, PeakConvention.BATCH1_EFFICIENCY);
      assertThat(convention / h.sustainedGflops()).as(h.id()).isBetween(1 / 1.6, 1.6);
    }
  }

  @Test
  void theFallbackT4IsTheCataloguesT4Peak() {
    assertThat(PeakConvention.T4_PEAK_TFLOPS * 1000)
        .isEqualTo(HardwareCatalogue.peakFp32Gflops(HardwareCatalogue.T4));
  }

  private static org.assertj.core.data.Offset<Double> within(double v) {
    return org.assertj.core.data.Offset.offset(v);
  }
}
