package io.edgewise.registry.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.calibration.HeldOutError;
import io.edgewise.planning.calibration.HeldOutError.HardwareError;
import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.planning.calibration.PeakConvention;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Calibration against the peak ratio on real measured layers: five generated CNN chains profiled on
 * this CPU (one thread), each model's layers predicted from the other four's.
 */
class CalibrationOnMeasuredLayersTest {

  private static final Logger LOG =
      Logger.getLogger(CalibrationOnMeasuredLayersTest.class.getName());

  @Test
  void calibrationBeatsThePeakRatioOnHeldOutModels() {
    Map<String, List<LayerSample>> samples = CalibrationProfiles.measure(5, 2, 7, List.of(1));
    String key = CalibrationProfiles.key(1);
    double sustained = PeakConvention.CPU_CORE_PEAK_GFLOPS * PeakConvention.BATCH1_EFFICIENCY;
    List<HardwareError> rows = HeldOutError.leaveOneModelOut(samples, Map.of(key, sustained));
    LOG.info("held-out layer-time error on this CPU:\n" + CalibrationProfiles.table(rows));
    HardwareError cpu = rows.get(0);
    assertThat(cpu.models()).isEqualTo(5);
    assertThat(cpu.predicted()).isEqualTo(cpu.samples());
    assertThat(cpu.calibratedMedianPct()).isLessThan(cpu.peakMedianPct());
    assertThat(cpu.calibratedP90Pct()).isLessThan(cpu.peakP90Pct());
  }
}
