package io.edgewise.registry.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.calibration.HardwareCalibration;
import io.edgewise.planning.calibration.HeldOutError;
import io.edgewise.planning.calibration.HeldOutError.HardwareError;
import io.edgewise.planning.calibration.HeldOutError.Prediction;
import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.planning.calibration.OpFamily;
import io.edgewise.planning.calibration.PeakConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/benchmarks.md "Calibrated hardware": ten generated CNN chains profiled on this machine's CPU
 * by the product's profiler (3 warm-ups, 15 timed runs, as configured by default) with one and two
 * ONNX Runtime threads, each thread count a hardware key; every model's layers predicted from the
 * other nine's (leave one model out) and by the peak ratio (cores × 32 GFLOPS × 0.4). Prints the
 * per-hardware table, the error per layer type and per whole model (the sum a plan uses).
 */
class CalibrationBenchmark {

  private static final Logger LOG = Logger.getLogger(CalibrationBenchmark.class.getName());

  @Test
  void heldOutErrorOnThisCpu() {
    Map<String, List<LayerSample>> samples = CalibrationProfiles.measure(10, 3, 15, List.of(1, 2));
    Map<String, Double> sustained = new TreeMap<>();
    for (int threads : List.of(1, 2)) {
      sustained.put(
          CalibrationProfiles.key(threads),
          threads * PeakConvention.CPU_CORE_PEAK_GFLOPS * PeakConvention.BATCH1_EFFICIENCY);
    }
    List<HardwareError> rows = HeldOutError.leaveOneModelOut(samples, sustained);
    StringBuilder out = new StringBuilder("\n").append(CalibrationProfiles.table(rows));
    samples.forEach(
        (hardware, own) -> {
          List<Prediction> p = HeldOutError.predictions(own, sustained.get(hardware));
          out.append("\n").append(hardware).append(" by layer type:\n").append(byFamily(p));
          out.append(hardware).append(" whole models: ").append(wholeModels(p)).append("\n");
          out.append(hardware)
              .append(" fitted on all ten models: ")
              .append(HardwareCalibration.fit(own).map(Object::toString).orElse("none"))
              .append("\n");
        });
    LOG.info(out.toString());
    rows.forEach(
        r -> assertThat(r.calibratedMedianPct()).as(r.hardware()).isLessThan(r.peakMedianPct()));
  }

  private static String byFamily(List<Prediction> predictions) {
    StringBuilder out =
        new StringBuilder(
            "| layer type | layers | calibrated median % | peak-ratio median % |\n"
                + "|---|---:|---:|---:|\n");
    Map<OpFamily, List<Prediction>> groups =
        predictions.stream()
            .collect(
                Collectors.groupingBy(p -> p.sample().family(), TreeMap::new, Collectors.toList()));
    groups.forEach(
        (family, p) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f |%n",
                    family,
                    p.size(),
                    HeldOutError.percentile(HeldOutError.calibratedErrors(p), 50),
                    HeldOutError.percentile(HeldOutError.peakErrors(p), 50))));
    return out.toString();
  }

  /** Median and worst error of each held-out model's summed layer times. */
  private static String wholeModels(List<Prediction> predictions) {
    List<Double> calibrated = new ArrayList<>();
    List<Double> peak = new ArrayList<>();
    predictions.stream()
        .collect(Collectors.groupingBy(p -> p.sample().model()))
        .values()
        .forEach(
            p -> {
              double measured = sum(p, q -> q.sample().ms());
              calibrated.add(HeldOutError.errorPct(sum(p, Prediction::calibratedMs), measured));
              peak.add(HeldOutError.errorPct(sum(p, Prediction::peakMs), measured));
            });
    return String.format(
        Locale.ROOT,
        "calibrated median %.1f%% (worst %.1f%%), peak ratio median %.1f%% (worst %.1f%%)",
        HeldOutError.percentile(calibrated, 50),
        HeldOutError.percentile(calibrated, 100),
        HeldOutError.percentile(peak, 50),
        HeldOutError.percentile(peak, 100));
  }

  private static double sum(List<Prediction> p, Function<Prediction, Double> value) {
    return p.stream().mapToDouble(value::apply).sum();
  }
}
