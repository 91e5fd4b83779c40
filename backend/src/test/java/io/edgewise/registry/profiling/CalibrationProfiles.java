package io.edgewise.registry.profiling;

import io.edgewise.planning.MeasuredLayers;
import io.edgewise.planning.calibration.HeldOutError.HardwareError;
import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.onnx.CalibrationModels;
import io.edgewise.registry.onnx.OnnxGraph;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real measured layers for calibration: {@link CalibrationModels} chains profiled by the product's
 * own profiler ({@link PrefixProfiler} in DJL's ONNX Runtime engine on this machine's CPU), stored
 * under a hardware key per thread count as the profiler stores them.
 */
final class CalibrationProfiles {

  private CalibrationProfiles() {}

  /**
   * The measured layers of models {@code 1..models}, by hardware key {@code cpu-<threads>t} for
   * each thread count.
   */
  static Map<String, List<LayerSample>> measure(
      int models, int warmups, int runs, List<Integer> threadCounts) {
    Map<String, List<LayerSample>> samples = new TreeMap<>();
    for (int threads : threadCounts) {
      CpuTimer timer = new CpuTimer(warmups, runs, threads, Instant.now().plusSeconds(1800));
      for (int seed = 1; seed <= models; seed++) {
        OnnxGraph graph = OnnxGraph.of(CalibrationModels.chain(seed));
        GraphLayers layers = GraphLayers.of(graph);
        List<Double> ms =
            PrefixProfiler.layerMs(
                graph,
                layers.layers().stream().map(ProfiledLayer::gflops).toList(),
                timer,
                (done, total, step) -> {});
        List<ProfiledLayer> timed = layers.timed(key(threads), ms);
        MeasuredLayers.addSamples("model-" + seed, layers.inputBytes(), timed, samples);
      }
    }
    return samples;
  }

  static String key(int threads) {
    return "cpu-" + threads + "t";
  }

  /** The held-out error table as docs/benchmarks.md shows it. */
  static String table(List<HardwareError> rows) {
    StringBuilder out =
        new StringBuilder(
            "| hardware | layers | models | peak-ratio GFLOPS | calibrated median % | calibrated"
                + " p90 % | peak-ratio median % | peak-ratio p90 % |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (HardwareError e : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
              e.hardware(),
              e.samples(),
              e.models(),
              e.sustainedGflops(),
              e.calibratedMedianPct(),
              e.calibratedP90Pct(),
              e.peakMedianPct(),
              e.peakP90Pct()));
    }
    return out.toString();
  }
}
