package io.edgewise.planning.calibration;

/** Solves a small dense linear system by Gaussian elimination with partial pivoting. */
final class GaussianElimination {

  private GaussianElimination() {}

  /**
   * @param augmented n rows of n coefficients and the right-hand side; overwritten
   * @param singular pivots below this share of the largest diagonal entry count as zero
   * @return the solution, or null when the system is (numerically) singular
   */
  static double[] solve(double[][] augmented, double singular) {
    int n = augmented.length;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale = Math.max(scale, Math.abs(augmented[i][i]));
    }
    if (!(scale > 0)) {
      return null;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(augmented[r][col]) > Math.abs(augmented[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(augmented[pivot][col]) <= singular * scale) {
        return null;
      }
      double[] swap = augmented[col];
      augmented[col] = augmented[pivot];
      augmented[pivot] = swap;
      for (int r = col + 1; r < n; r++) {
        double factor = augmented[r][col] / augmented[col][col];
        for (int c = col; c <= n; c++) {
          augmented[r][c] -= factor * augmented[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = augmented[r][n];
      for (int c = r + 1; c < n; c++) {
        sum -= augmented[r][c] * x[c];
      }
      x[r] = sum / augmented[r][r];
    }
    return x;
  }
}
