package io.edgewise.planning.calibration;

import java.util.stream.IntStream;

/**
 * Weighted least squares with non-negative coefficients, solved exactly for the few features
 * calibration uses: the optimum is the unconstrained least-squares fit on its own support (the KKT
 * conditions of the convex problem), so every support is tried and the best non-negative fit kept
 * (2^p normal-equation solves; p = 3 here). Negative coefficients are refused because they have no
 * physical meaning (a bigger layer is never faster) and extrapolate badly.
 */
public final class NonNegativeLeastSquares {

  /** Features beyond this would make trying every support too slow; calibration uses three. */
  public static final int MAX_FEATURES = 10;

  private static final double SINGULAR = 1e-12;

  private NonNegativeLeastSquares() {}

  /**
   * The coefficients β ≥ 0 minimising Σ w_i (x_i·β − y_i)².
   *
   * @param x one row of features per sample
   * @param y the targets
   * @param w the weights, > 0
   */
  public static double[] fit(double[][] x, double[] y, double[] w) {
    int p = x.length == 0 ? 0 : x[0].length;
    if (p == 0 || p > MAX_FEATURES || y.length != x.length || w.length != x.length) {
      throw new IllegalArgumentException(
          "NNLS needs 1.." + MAX_FEATURES + " features and one target and weight per sample");
    }
    double[][] gram = new double[p][p];
    double[] moment = new double[p];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < p; j++) {
        moment[j] += w[i] * x[i][j] * y[i];
        for (int k = 0; k < p; k++) {
          gram[j][k] += w[i] * x[i][j] * x[i][k];
        }
      }
    }
    double[] best = new double[p];
    double bestLoss = loss(x, y, w, best);
    for (int support = 1; support < 1 << p; support++) {
      double[] beta = solveOn(support, gram, moment);
      if (beta != null) {
        double l = loss(x, y, w, beta);
        if (l < bestLoss) {
          best = beta;
          bestLoss = l;
        }
      }
    }
    return best;
  }

  /** Σ w_i (x_i·β − y_i)². */
  public static double loss(double[][] x, double[] y, double[] w, double[] beta) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double r = -y[i];
      for (int j = 0; j < beta.length; j++) {
        r += x[i][j] * beta[j];
      }
      sum += w[i] * r * r;
    }
    return sum;
  }

  /** The normal equations restricted to {@code support}; null when singular or not β ≥ 0. */
  private static double[] solveOn(int support, double[][] gram, double[] moment) {
    int[] index =
        IntStream.range(0, moment.length).filter(j -> (support & (1 << j)) != 0).toArray();
    int n = index.length;
    double[][] a = new double[n][n + 1];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        a[r][c] = gram[index[r]][index[c]];
      }
      a[r][n] = moment[index[r]];
    }
    double[] solved = GaussianElimination.solve(a, SINGULAR);
    if (solved == null) {
      return null;
    }
    double[] beta = new double[moment.length];
    for (int r = 0; r < n; r++) {
      if (solved[r] < 0) {
        return null;
      }
      beta[index[r]] = solved[r];
    }
    return beta;
  }
}
