package io.edgewise.planning;

import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.calibration.HeldOutError;
import io.edgewise.planning.calibration.HeldOutError.HardwareError;
import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.planning.calibration.PeakConvention;
import io.edgewise.registry.profiling.ProfilingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's tenant's hardware calibration and how well it predicts layers of models it has not
 * seen, against the peak ratio on the same layers.
 */
@ApplicationScoped
public class HardwareCalibrationService {

  /** The calibration the planner uses and its leave-one-model-out error, per hardware key. */
  public record CalibrationReport(
      double efficiency, Calibration calibration, List<HardwareError> heldOut) {}

  @Inject MeasuredSamplesReader measured;
  @Inject NodeService nodes;
  @Inject PlanningConfig planning;
  @Inject ProfilingConfig profiling;

  @Transactional
  public CalibrationReport report() {
    Map<String, List<LayerSample>> samples = measured.byHardware();
    return new CalibrationReport(
        planning.gpuEfficiency(),
        Calibration.fit(samples),
        HeldOutError.leaveOneModelOut(samples, sustainedGflops()));
  }

  /**
   * The peak ratio's throughput of each key with a registered peak: the tenant's online
   * accelerators, and the control plane's own profiling CPU (its threads × one core's peak).
   */
  private Map<String, Double> sustainedGflops() {
    double efficiency = planning.gpuEfficiency();
    Map<String, Double> sustained = new HashMap<>();
    for (Node node : nodes.onlineWithGpus()) {
      node.gpus.forEach(
          g ->
              sustained.merge(
                  PlanInputsReader.hardwareKey(node, g),
                  PeakConvention.sustainedGflops(g.peakTflops, efficiency),
                  Math::max));
    }
    sustained.putIfAbsent(
        profiling.hardwareKey(),
        profiling.threads() * PeakConvention.CPU_CORE_PEAK_GFLOPS * efficiency);
    return sustained;
  }
}
