package io.edgewise.planning.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Calibration fitted on seeded synthetic layers whose true cost models are known (the oracle). */
class CalibrationFitTest {

  @Test
  void recoversEachLayerTypesKnownCoefficients() {
    for (long seed = 0; seed < 50; seed++) {
      Random random = new Random(seed);
      Map<OpFamily, LayerCostModel> truth = randomTruth(random);
      List<LayerSample> samples = new ArrayList<>();
      truth.forEach((family, model) -> samples.addAll(layers(random, family, model, 30, 0)));
      HardwareCalibration fit = HardwareCalibration.fit(samples).orElseThrow();
      truth.forEach(
          (family, model) -> {
            LayerCostModel got = fit.families().get(family);
            assertThat(got.fixedMs())
                .as("seed %s %s", family, model)
                .isCloseTo(model.fixedMs(), offset(model.fixedMs()));
            assertThat(got.msPerGflop()).isCloseTo(model.msPerGflop(), offset(model.msPerGflop()));
            assertThat(got.msPerMegabyte())
                .isCloseTo(model.msPerMegabyte(), offset(model.msPerMegabyte()));
          });
    }
  }

  @Test
  void predictsHeldOutLayersWithinTwoPercentMedianUnderThreePercentTimingNoise() {
    List<Double> errors = new ArrayList<>();
    for (long seed = 0; seed < 50; seed++) {
      Random random = new Random(100 + seed);
      Map<OpFamily, LayerCostModel> truth = randomTruth(random);
      List<LayerSample> train = new ArrayList<>();
      truth.forEach((family, model) -> train.addAll(layers(random, family, model, 40, 0.03)));
      HardwareCalibration fit = HardwareCalibration.fit(train).orElseThrow();
      truth.forEach(
          (family, model) -> {
            for (LayerSample s : layers(random, family, model, 20, 0)) {
              errors.add(HeldOutError.errorPct(fit.ms(family, s.gflops(), s.megabytes()), s.ms()));
            }
          });
    }
    assertThat(HeldOutError.percentile(errors, 50)).isLessThan(2);
    assertThat(HeldOutError.percentile(errors, 100)).isLessThan(15);
  }

  @Test
  void aTypeWithTooFewLayersUsesThePooledFit() {
    Random random = new Random(7);
    LayerCostModel conv = new LayerCostModel(0.02, 10, 0.1, 0);
    List<LayerSample> samples = new ArrayList<>(layers(random, OpFamily.CONV, conv, 20, 0));
    samples.addAll(
        layers(
            random,
            OpFamily.POOLING,
            new LayerCostModel(0.5, 0, 0, 0),
            HardwareCalibration.MIN_SAMPLES - 1,
            0));
    HardwareCalibration fit = HardwareCalibration.fit(samples).orElseThrow();
    assertThat(fit.families()).containsOnlyKeys(OpFamily.CONV);
    assertThat(fit.ms(OpFamily.POOLING, 0.1, 1)).isEqualTo(fit.pooled().ms(0.1, 1));
    assertThat(fit.pooled().samples()).isEqualTo(20 + HardwareCalibration.MIN_SAMPLES - 1);
  }

  @Test
  void hardwareWithTooFewLayersIsNotCalibrated() {
    List<LayerSample> few =
        layers(
            new Random(1),
            OpFamily.CONV,
            new LayerCostModel(0.01, 5, 0, 0),
            HardwareCalibration.MIN_SAMPLES - 1,
            0);
    Calibration calibration = Calibration.fit(Map.of("Tesla T4", few));
    assertThat(calibration.of("Tesla T4")).isEmpty();
    assertThat(calibration.ms("Tesla T4", OpFamily.CONV, 1, 1)).isEmpty();
  }

  @Test
  void opFamiliesCoverTheOperatorsExportersEmit() {
    assertThat(OpFamily.of("Conv")).isEqualTo(OpFamily.CONV);
    assertThat(OpFamily.of("Gemm")).isEqualTo(OpFamily.MATMUL);
    assertThat(OpFamily.of("HardSwish")).isEqualTo(OpFamily.ELEMENTWISE);
    assertThat(OpFamily.of("GlobalAveragePool")).isEqualTo(OpFamily.POOLING);
    assertThat(OpFamily.of("LayerNormalization")).isEqualTo(OpFamily.NORMALISATION);
    assertThat(OpFamily.of("Resize")).isEqualTo(OpFamily.OTHER);
    assertThat(OpFamily.of(null)).isEqualTo(OpFamily.OTHER);
  }

  /**
   * Three types, each with all three terms material: fixed 5–50 µs, 2–20 ms/GFLOP, 0.02–0.2 ms/MB.
   */
  static Map<OpFamily, LayerCostModel> randomTruth(Random random) {
    // an EnumMap: iteration order, and so the seeded draws, must not vary between runs
    Map<OpFamily, LayerCostModel> truth = new EnumMap<>(OpFamily.class);
    for (OpFamily family : List.of(OpFamily.CONV, OpFamily.MATMUL, OpFamily.ELEMENTWISE)) {
      truth.put(family, model(random));
    }
    return truth;
  }

  private static LayerCostModel model(Random random) {
    return new LayerCostModel(
        0.005 + 0.045 * random.nextDouble(),
        2 + 18 * random.nextDouble(),
        0.02 + 0.18 * random.nextDouble(),
        0);
  }

  /** Layers of log-uniform size (0.1 MFLOP–1 GFLOP, 10 kB–20 MB), timed with relative noise. */
  static List<LayerSample> layers(
      Random random, OpFamily family, LayerCostModel truth, int count, double noise) {
    List<LayerSample> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double gflops = Math.pow(10, -4 + 4 * random.nextDouble());
      double megabytes = Math.pow(10, -2 + 3.3 * random.nextDouble());
      double ms = truth.ms(gflops, megabytes) * (1 + noise * random.nextGaussian());
      out.add(new LayerSample("m" + (i % 4), family, gflops, megabytes, Math.max(1e-6, ms)));
    }
    return out;
  }

  private static org.assertj.core.data.Offset<Double> offset(double truth) {
    return org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, truth));
  }
}
