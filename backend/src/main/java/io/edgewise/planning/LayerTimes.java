package io.edgewise.planning;

import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.calibration.HardwareCalibration;
import io.edgewise.planning.calibration.OpFamily;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Milliseconds of a layer, an exit or an opaque model on named hardware, in one order everywhere:
 * (a) the time measured on exactly that hardware key; else (b) the hardware's calibrated prediction
 * from the layer's type, work and bytes moved, where the tenant has measured enough layers on it;
 * else (c) work ÷ sustained GFLOPS, the peak ratio of {@link
 * io.edgewise.planning.calibration.PeakConvention}. A layer of unknown work with no measurement has
 * no time: {@link UnknownLayerCost}, never zero.
 */
record LayerTimes(Calibration calibration) {

  LayerTimes {
    calibration = calibration == null ? Calibration.NONE : calibration;
  }

  /** Layer {@code index} of a profile whose model input is {@code inputBytes}. */
  double layerMs(
      List<ProfiledLayer> layers, long inputBytes, int index, String hardware, double sustained) {
    ProfiledLayer layer = layers.get(index);
    Double measured = hardware == null ? null : layer.measuredMs().get(hardware);
    if (measured != null) {
      return measured;
    }
    if (layer.gflops() == null) {
      throw new UnknownLayerCost(layer.name(), layer.op(), hardware);
    }
    Double megabytes = MeasuredLayers.megabytesMoved(layers, inputBytes, index);
    OptionalDouble calibrated =
        megabytes == null
            ? OptionalDouble.empty()
            : calibration.ms(hardware, OpFamily.of(layer.op()), layer.gflops(), megabytes);
    return calibrated.orElse(peakRatioMs(layer.gflops(), sustained));
  }

  /** An exit branch reading {@code megabytesRead} (null when unknown): pooled fit, else peaks. */
  double exitMs(ProfiledExit exit, Double megabytesRead, String hardware, double sustained) {
    return pooledMs(exit.gflops(), megabytesRead, hardware, sustained);
  }

  /** A model known only by its work and the bytes it reads and writes. */
  double opaqueMs(double gflops, double megabytes, String hardware, double sustained) {
    return pooledMs(gflops, megabytes, hardware, sustained);
  }

  private double pooledMs(double gflops, Double megabytes, String hardware, double sustained) {
    return calibration
        .of(hardware)
        .filter(c -> megabytes != null)
        .map(HardwareCalibration::pooled)
        .map(m -> m.ms(gflops, megabytes))
        .orElse(peakRatioMs(gflops, sustained));
  }

  static double peakRatioMs(double gflops, double sustainedGflops) {
    return gflops / sustainedGflops * 1000;
  }
}
