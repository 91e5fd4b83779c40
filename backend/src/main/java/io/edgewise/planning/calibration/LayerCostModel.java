package io.edgewise.planning.calibration;

import java.util.List;

/**
 * A layer's time on one piece of hardware from its size: {@code ms = fixedMs + msPerGflop × GFLOP +
 * msPerMegabyte × MB moved}, all three ≥ 0. The terms are a roofline's: a fixed cost per layer
 * (operator dispatch, kernel launch, thread wake-up), a compute term (1 / sustained throughput) and
 * a memory term (1 / effective bandwidth) for layers that move more data than they compute on, such
 * as activations and pooling. Fitted by least squares on relative errors (weights 1/ms²), so that a
 * 0.01 ms ReLU counts as much as a 10 ms convolution: layer times span four orders of magnitude and
 * a plan sums many small layers (Kang et al., ASPLOS'17, fit one regression per layer type the same
 * way, on size features).
 *
 * @param samples how many measured layers it was fitted on
 */
public record LayerCostModel(double fixedMs, double msPerGflop, double msPerMegabyte, int samples) {

  public LayerCostModel {
    if (!(fixedMs >= 0) || !(msPerGflop >= 0) || !(msPerMegabyte >= 0) || samples < 0) {
      throw new IllegalArgumentException("a layer cost model's coefficients must be >= 0");
    }
  }

  /** Predicted milliseconds of a layer of this size. */
  public double ms(double gflops, double megabytes) {
    return fixedMs + msPerGflop * gflops + msPerMegabyte * megabytes;
  }

  /** The non-negative least-squares fit on relative errors; needs at least one sample. */
  public static LayerCostModel fit(List<LayerSample> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("a layer cost model needs at least one measured layer");
    }
    int n = samples.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      LayerSample s = samples.get(i);
      x[i] = new double[] {1, s.gflops(), s.megabytes()};
      y[i] = s.ms();
      w[i] = 1 / s.ms();
    }
    double[] beta = NonNegativeLeastSquares.fit(x, y, w);
    return new LayerCostModel(beta[0], beta[1], beta[2], n);
  }
}
