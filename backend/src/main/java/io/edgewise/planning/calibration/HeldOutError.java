package io.edgewise.planning.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * One held-out layer with its predictions.
   *
   * @param calibratedMs null when the other models had too few layers to fit
   * @param peakMs null when the hardware has no registered peak
   */
  public record Prediction(LayerSample sample, Double calibratedMs, Double peakMs) {}

  private HeldOutError() {}

  /**
   * @param sustainedGflops the peak-ratio throughput of each key that has a registered peak
   */
  public static List<HardwareError> leaveOneModelOut(
      Map<String, List<LayerSample>> samplesByHardware, Map<String, Double> sustainedGflops) {
    List<HardwareError> rows = new ArrayList<>();
    new TreeMap<>(samplesByHardware)
        .forEach(
            (hardware, samples) -> {
              Double sustained = sustainedGflops.get(hardware);
              List<Prediction> predictions = predictions(samples, sustained);
              long models = samples.stream().map(LayerSample::model).distinct().count();
              List<Double> calibrated = calibratedErrors(predictions);
              List<Double> peak = peakErrors(predictions);
              rows.add(
                  new HardwareError(
                      hardware,
                      samples.size(),
                      (int) models,
                      calibrated.size(),
                      percentile(calibrated, 50),
                      percentile(calibrated, 90),
                      sustained,
                      percentile(peak, 50),
                      percentile(peak, 90)));
            });
    return rows;
  }

  /** Every layer of one hardware key, predicted from the other models' layers and by peaks. */
  public static List<Prediction> predictions(List<LayerSample> samples, Double sustainedGflops) {
    TreeSet<String> models = new TreeSet<>();
    samples.forEach(s -> models.add(s.model()));
    List<Prediction> out = new ArrayList<>();
    for (String model : models) {
      Optional<HardwareCalibration> fit =
          HardwareCalibration.fit(samples.stream().filter(s -> !s.model().equals(model)).toList());
      for (LayerSample s : samples) {
        if (s.model().equals(model)) {
          out.add(
              new Prediction(
                  s,
                  fit.map(c -> c.ms(s.family(), s.gflops(), s.megabytes())).orElse(null),
                  sustainedGflops == null ? null : s.gflops() / sustainedGflops * 1000));
        }
      }
    }
    return out;
  }

  public static List<Double> calibratedErrors(List<Prediction> predictions) {
    return predictions.stream()
        .filter(p -> p.calibratedMs() != null)
        .map(p -> errorPct(p.calibratedMs(), p.sample().ms()))
        .toList();
  }

  public static List<Double> peakErrors(List<Prediction> predictions) {
    return predictions.stream()
        .map(p -> p.peakMs() == null ? null : errorPct(p.peakMs(), p.sample().ms()))
        .filter(Objects::nonNull)
        .toList();
  }

  /** |predicted − measured| ÷ measured, in percent. */
  public static double errorPct(double predictedMs, double measuredMs) {
    return Math.abs(predictedMs - measuredMs) / measuredMs * 100;
  }

  /** Nearest-rank percentile; null for no values. */
  public static Double percentile(List<Double> values, int pct) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
