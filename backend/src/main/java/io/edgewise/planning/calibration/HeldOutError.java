package io.edgewise.planning.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well calibration predicts layers of models it has not seen: for each hardware key and each
 * model measured there, fit on the other models' layers and predict this one's (leave one model
 * out), and the same layers by the peak ratio for comparison. Errors are absolute, relative to the
 * measured time.
 */
public final class HeldOutError {

  /**
   * One hardware key's figures; percentages are null where nothing could be predicted.
   *
   * @param samples measured layers
   * @param predicted how many of them calibration could predict (the other models had enough)
   * @param sustainedGflops the peak ratio's figure, null when the key has no registered peak
   */
  public record HardwareError(
      String hardware,
      int samples,
      int models,
      int predicted,
      Double calibratedMedianPct,
      Double calibratedP90Pct,
      Double sustainedGflops,
      Double peakMedianPct,
      Double peakP90Pct) {}

  private HeldOutError() {}

  /**
   * @param sustainedGflops the peak-ratio throughput of each key that has a registered peak
   */
  public static List<HardwareError> leaveOneModelOut(
      Map<String, List<LayerSample>> samplesByHardware, Map<String, Double> sustainedGflops) {
    List<HardwareError> rows = new ArrayList<>();
    new TreeMap<>(samplesByHardware)
        .forEach(
            (hardware, samples) -> rows.add(of(hardware, samples, sustainedGflops.get(hardware))));
    return rows;
  }

  private static HardwareError of(String hardware, List<LayerSample> samples, Double sustained) {
    TreeSet<String> models = new TreeSet<>();
    samples.forEach(s -> models.add(s.model()));
    List<Double> calibrated = new ArrayList<>();
    for (String model : models) {
      List<LayerSample> train = samples.stream().filter(s -> !s.model().equals(model)).toList();
      Optional<HardwareCalibration> fit = HardwareCalibration.fit(train);
      fit.ifPresent(
          c ->
              samples.stream()
                  .filter(s -> s.model().equals(model))
                  .forEach(
                      s ->
                          calibrated.add(
                              errorPct(c.ms(s.family(), s.gflops(), s.megabytes()), s))));
    }
    List<Double> peak =
        sustained == null
            ? List.of()
            : samples.stream().map(s -> errorPct(s.gflops() / sustained * 1000, s)).toList();
    return new HardwareError(
        hardware,
        samples.size(),
        models.size(),
        calibrated.size(),
        percentile(calibrated, 50),
        percentile(calibrated, 90),
        sustained,
        percentile(peak, 50),
        percentile(peak, 90));
  }

  static double errorPct(double predictedMs, LayerSample s) {
    return Math.abs(predictedMs - s.ms()) / s.ms() * 100;
  }

  /** Nearest-rank percentile; null for no values. */
  static Double percentile(List<Double> values, int pct) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
