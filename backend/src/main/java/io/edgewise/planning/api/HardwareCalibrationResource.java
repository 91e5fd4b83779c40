package io.edgewise.planning.api;

import io.edgewise.base.access.Role;
import io.edgewise.planning.HardwareCalibrationService;
import io.edgewise.planning.HardwareCalibrationService.CalibrationReport;
import io.edgewise.planning.calibration.HardwareCalibration;
import io.edgewise.planning.calibration.HeldOutError.HardwareError;
import io.edgewise.planning.calibration.LayerCostModel;
import io.edgewise.planning.calibration.OpFamily;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tenant's hardware calibration: per hardware key, the layer cost models the planner predicts
 * with and their leave-one-model-out error beside the peak ratio's.
 */
@Path("/api/v1/hardware/calibration")
@RolesAllowed(Role.Names.VIEWER)
public class HardwareCalibrationResource {

  /** One hardware key: its measured layers, held-out errors (%) and fitted models. */
  public record HardwareView(
      String hardware,
      int samples,
      int models,
      int predicted,
      Double calibratedMedianErrorPct,
      Double calibratedP90ErrorPct,
      Double peakRatioGflops,
      Double peakRatioMedianErrorPct,
      Double peakRatioP90ErrorPct,
      boolean calibrated,
      LayerCostModel pooled,
      Map<OpFamily, LayerCostModel> byLayerType) {}

  /** The report: the peak-ratio efficiency in force and one row per measured hardware key. */
  public record CalibrationView(
      String peakConvention, double efficiency, int minSamples, List<HardwareView> hardware) {}

  static final String CONVENTION =
      "peakTflops is the dense FP32 peak; sustained GFLOPS = peak × 1000 × efficiency";

  @Inject HardwareCalibrationService calibration;

  @GET
  public CalibrationView get() {
    CalibrationReport report = calibration.report();
    List<HardwareView> rows =
        report.heldOut().stream()
            .map(e -> view(e, report.calibration().of(e.hardware()).orElse(null)))
            .toList();
    return new CalibrationView(
        CONVENTION, report.efficiency(), HardwareCalibration.MIN_SAMPLES, rows);
  }

  private static HardwareView view(HardwareError e, HardwareCalibration fit) {
    return new HardwareView(
        e.hardware(),
        e.samples(),
        e.models(),
        e.predicted(),
        e.calibratedMedianPct(),
        e.calibratedP90Pct(),
        e.sustainedGflops(),
        e.peakMedianPct(),
        e.peakP90Pct(),
        fit != null,
        fit == null ? null : fit.pooled(),
        fit == null ? Map.of() : new TreeMap<>(fit.families()));
  }
}
