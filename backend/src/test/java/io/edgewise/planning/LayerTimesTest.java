package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.calibration.HardwareCalibration;
import io.edgewise.planning.calibration.LayerCostModel;
import io.edgewise.planning.calibration.OpFamily;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one order of layer times: measured on that hardware, else calibrated for it, else the peak
 * ratio; each used when, and only when, the ones before it are missing.
 */
class LayerTimesTest {

  private static final String T4 = "Tesla T4";
  private static final double SUSTAINED = 3_240; // 8.1 TFLOPS × 0.4

  /** On the T4: 0.05 ms + 0.3 ms/GFLOP + 0.01 ms/MB for convolutions, 0.1 ms flat otherwise. */
  private static final Calibration CALIBRATED =
      new Calibration(
          Map.of(
              T4,
              new HardwareCalibration(
                  Map.of(OpFamily.CONV, new LayerCostModel(0.05, 0.3, 0.01, 20)),
                  new LayerCostModel(0.1, 0, 0, 40))));

  private static final long INPUT = 602_112; // 1×3×224×224 float32

  private static ProfiledLayer conv(Map<String, Double> measured) {
    return new ProfiledLayer("conv1", 0.236, 3_211_264L, List.of(), measured, "Conv");
  }

  @Test
  void aMeasurementOnTheExactHardwareWinsOverCalibrationAndPeaks() {
    List<ProfiledLayer> layers = List.of(conv(Map.of(T4, 0.9, "Jetson Nano", 40.0)));
    assertThat(new LayerTimes(CALIBRATED).layerMs(layers, INPUT, 0, T4, SUSTAINED)).isEqualTo(0.9);
  }

  @Test
  void calibrationPredictsWhereOnlyOtherHardwareWasMeasured() {
    List<ProfiledLayer> layers = List.of(conv(Map.of("Jetson Nano", 40.0)));
    // 0.05 + 0.3 × 0.236 + 0.01 × (0.602112 + 3.211264) = 0.1589...
    assertThat(new LayerTimes(CALIBRATED).layerMs(layers, INPUT, 0, T4, SUSTAINED))
        .isCloseTo(0.05 + 0.3 * 0.236 + 0.01 * 3.813376, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aTypeWithoutItsOwnFitUsesTheHardwaresPooledFit() {
    List<ProfiledLayer> layers =
        List.of(new ProfiledLayer("relu", 0.003, 3_211_264L, List.of(), Map.of(), "Relu"));
    assertThat(new LayerTimes(CALIBRATED).layerMs(layers, INPUT, 0, T4, SUSTAINED)).isEqualTo(0.1);
  }

  @Test
  void thePeakRatioIsTheLastResort() {
    List<ProfiledLayer> layers = List.of(conv(Map.of()));
    double peak = 0.236 / SUSTAINED * 1000;
    assertThat(new LayerTimes(Calibration.NONE).layerMs(layers, INPUT, 0, T4, SUSTAINED))
        .isEqualTo(peak);
    // calibrated for another key only: still the peak ratio here
    assertThat(new LayerTimes(CALIBRATED).layerMs(layers, INPUT, 0, "L4", SUSTAINED))
        .isEqualTo(peak);
    // bytes moved unknown: calibration cannot be applied, the work alone still can
    List<ProfiledLayer> unknownBytes =
        List.of(new ProfiledLayer("conv1", 0.236, null, List.of(), Map.of(), "Conv"));
    assertThat(new LayerTimes(CALIBRATED).layerMs(unknownBytes, INPUT, 0, T4, SUSTAINED))
        .isEqualTo(peak);
  }

  @Test
  void aLayerOfUnknownWorkIsMeasuredOrRefusedNeverZero() {
    List<ProfiledLayer> layers =
        List.of(new ProfiledLayer("p2o.Conv.0", null, null, List.of(), Map.of(T4, 2.5), "Conv"));
    assertThat(new LayerTimes(CALIBRATED).layerMs(layers, INPUT, 0, T4, SUSTAINED)).isEqualTo(2.5);
    assertThatThrownBy(
            () -> new LayerTimes(CALIBRATED).layerMs(layers, INPUT, 0, "cameras", SUSTAINED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer 'p2o.Conv.0' (Conv)")
        .hasMessageContaining("no time measured on cameras")
        .hasMessageContaining("declare the model's serving input shape")
        .hasMessageContaining("profile the model");
  }

  @Test
  void exitsAndOpaqueModelsFollowTheSameOrder() {
    LayerTimes calibrated = new LayerTimes(CALIBRATED);
    ProfiledExit exit = new ProfiledExit(0, 0.02, 0.7);
    assertThat(calibrated.exitMs(exit, 3.2, T4, SUSTAINED)).isEqualTo(0.1);
    assertThat(calibrated.exitMs(exit, 3.2, "L4", SUSTAINED)).isEqualTo(0.02 / SUSTAINED * 1000);
    assertThat(calibrated.opaqueMs(4.0, 0.6, T4, SUSTAINED)).isEqualTo(0.1);
    assertThat(calibrated.opaqueMs(4.0, 0.6, "L4", SUSTAINED)).isEqualTo(4.0 / SUSTAINED * 1000);
  }
}
