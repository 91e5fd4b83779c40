package io.edgewise.planning.calibration;

/**
 * One measured layer on one piece of hardware: what calibration learns from.
 *
 * @param model the model it belongs to (held-out evaluation leaves whole models out)
 * @param gflops floating-point work of one inference, GFLOP
 * @param megabytes tensor data the layer reads and writes (its inputs' and its output's bytes),
 *     10^6 bytes
 * @param ms the measured time, milliseconds, > 0
 */
public record LayerSample(
    String model, OpFamily family, double gflops, double megabytes, double ms) {

  public LayerSample {
    if (model == null
        || family == null
        || !(gflops >= 0)
        || !(megabytes >= 0)
        || !(ms > 0)
        || Double.isInfinite(gflops + megabytes + ms)) {
      throw new IllegalArgumentException(
          "a layer sample needs a model, a family, finite work and bytes >= 0 and a time > 0");
    }
  }
}
