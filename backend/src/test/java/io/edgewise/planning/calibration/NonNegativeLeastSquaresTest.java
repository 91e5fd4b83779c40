package io.edgewise.planning.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact NNLS against the optimality conditions and an independent projected-gradient solver.
 */
class NonNegativeLeastSquaresTest {

  @Test
  void recoversNonNegativeCoefficientsExactlyFromNoiseFreeData() {
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      double[] truth = {random.nextDouble(), random.nextDouble() * 10, random.nextDouble() * 0.5};
      truth[random.nextInt(3)] = 0; // one term absent, as in layers that move no data
      Problem p = Problem.random(random, truth, 0);
      double[] beta = NonNegativeLeastSquares.fit(p.x, p.y, p.w);
      for (int j = 0; j < 3; j++) {
        assertThat(beta[j]).as("seed %d, β%d", seed, j).isCloseTo(truth[j], within(truth[j]));
      }
    }
  }

  @Test
  void meetsTheKktConditionsAndNeverLosesToProjectedGradientOnNoisyProblems() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(1000 + seed);
      // true coefficients may be negative: the constrained optimum then sits on a boundary
      double[] truth = {
        random.nextGaussian(), random.nextGaussian() * 5, random.nextGaussian() * 0.3
      };
      Problem p = Problem.random(random, truth, 0.2);
      double[] beta = NonNegativeLeastSquares.fit(p.x, p.y, p.w);
      double[] gradient = p.gradient(beta);
      double scale = p.gradientScale();
      for (int j = 0; j < 3; j++) {
        assertThat(beta[j]).isGreaterThanOrEqualTo(0);
        if (beta[j] > 0) {
          assertThat(Math.abs(gradient[j])).as("seed %d, ∂%d", seed, j).isLessThan(1e-6 * scale);
        } else {
          assertThat(gradient[j]).as("seed %d, ∂%d", seed, j).isGreaterThan(-1e-6 * scale);
        }
      }
      double ours = NonNegativeLeastSquares.loss(p.x, p.y, p.w, beta);
      double reference = NonNegativeLeastSquares.loss(p.x, p.y, p.w, p.projectedGradient());
      assertThat(ours).as("seed %d", seed).isLessThanOrEqualTo(reference * (1 + 1e-9) + 1e-12);
    }
  }

  @Test
  void refusesMismatchedInput() {
    assertThatThrownBy(
            () ->
                NonNegativeLeastSquares.fit(
                    new double[][] {{1, 2}}, new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static org.assertj.core.data.Offset<Double> within(double truth) {
    return org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, truth));
  }

  /** A weighted problem with an intercept, work-like and bytes-like features. */
  private record Problem(double[][] x, double[] y, double[] w) {

    static Problem random(Random random, double[] truth, double noise) {
      int n = 10 + random.nextInt(40);
      double[][] x = new double[n][];
      double[] y = new double[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = new double[] {1, random.nextDouble() * 2, random.nextDouble() * 20};
        y[i] = truth[0] + truth[1] * x[i][1] + truth[2] * x[i][2] + noise * random.nextGaussian();
        w[i] = 0.1 + random.nextDouble();
      }
      return new Problem(x, y, w);
    }

    double[] gradient(double[] beta) {
      double[] g = new double[beta.length];
      for (int i = 0; i < x.length; i++) {
        double r = -y[i];
        for (int j = 0; j < beta.length; j++) {
          r += x[i][j] * beta[j];
        }
        for (int j = 0; j < beta.length; j++) {
          g[j] += 2 * w[i] * r * x[i][j];
        }
      }
      return g;
    }

    double gradientScale() {
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        s += w[i] * (Math.abs(y[i]) + 1) * 20;
      }
      return s;
    }

    /** Projected gradient descent, step 1/L, many iterations: slow but independent. */
    double[] projectedGradient() {
      double lipschitz = 0;
      for (int i = 0; i < x.length; i++) {
        for (double v : x[i]) {
          lipschitz += 2 * w[i] * v * v;
        }
      }
      double[] beta = new double[3];
      for (int it = 0; it < 200_000; it++) {
        double[] g = gradient(beta);
        for (int j = 0; j < 3; j++) {
          beta[j] = Math.max(0, beta[j] - g[j] / lipschitz);
        }
      }
      return beta;
    }
  }
}
