package io.edgewise.planning.calibration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What a tenant's measured profiles teach about each piece of hardware (keyed as measured times
 * are: a GPU model, {@code cpu-<cores>c}, a device class, {@code control-plane-cpu}). Hardware with
 * too few measured layers has no entry, and the planner falls back to the peak ratio there.
 *
 * @param byHardware sorted by key, so that a plan's inputs digest the same
 */
public record Calibration(Map<String, HardwareCalibration> byHardware) {

  /** No calibration: every estimate falls back to the peak ratio. */
  public static final Calibration NONE = new Calibration(Map.of());

  public Calibration {
    byHardware = byHardware == null ? Map.of() : new TreeMap<>(byHardware);
  }

  /** One calibration per hardware key that has enough measured layers. */
  public static Calibration fit(Map<String, List<LayerSample>> samplesByHardware) {
    Map<String, HardwareCalibration> fitted = new TreeMap<>();
    samplesByHardware.forEach(
        (hardware, samples) ->
            HardwareCalibration.fit(samples).ifPresent(c -> fitted.put(hardware, c)));
    return new Calibration(fitted);
  }

  public Optional<HardwareCalibration> of(String hardware) {
    return hardware == null ? Optional.empty() : Optional.ofNullable(byHardware.get(hardware));
  }

  /** The calibrated time of a layer on {@code hardware}; empty where it is not calibrated. */
  public OptionalDouble ms(String hardware, OpFamily family, double gflops, double megabytes) {
    return of(hardware)
        .map(c -> OptionalDouble.of(c.ms(family, gflops, megabytes)))
        .orElse(OptionalDouble.empty());
  }
}
