package io.edgewise.planning.placement;

import java.util.Random;

/**
 * Service-time distributions of the queue simulation, each with its exact mean and coefficient of
 * variation (what {@link SharedGpuQueue} is told) and a sampler (what the simulation draws).
 */
interface ServiceTimes {
  double mean();

  double cv();

  double sample(Random random);

  /** Every batch takes the same time. */
  record Deterministic(double mean) implements ServiceTimes {
    public double cv() {
      return 0;
    }

    public double sample(Random random) {
      return mean;
    }
  }

  record Exponential(double mean) implements ServiceTimes {
    public double cv() {
      return 1;
    }

    public double sample(Random random) {
      return -mean * Math.log(1 - random.nextDouble());
    }
  }

  /** exp(μ + σZ) with σ² = ln(1 + cv²) and μ chosen for the mean. */
  record Lognormal(double mean, double cv) implements ServiceTimes {
    public double sample(Random random) {
      double sigma2 = Math.log(1 + cv * cv);
      return mean * Math.exp(Math.sqrt(sigma2) * random.nextGaussian() - sigma2 / 2);
    }
  }

  /**
   * A fast path, and with probability {@code p} a path {@code ratio} times slower (a cache miss).
   */
  record Bimodal(double mean, double p, double ratio) implements ServiceTimes {
    private double fast() {
      return mean / (1 - p + p * ratio);
    }

    public double cv() {
      double second = (1 - p + p * ratio * ratio) * fast() * fast();
      return Math.sqrt(second / (mean * mean) - 1);
    }

    public double sample(Random random) {
      return random.nextDouble() < p ? fast() * ratio : fast();
    }
  }

  /** Pareto of shape {@code alpha} > 2 (finite variance; the third moment is infinite below 3). */
  record Pareto(double mean, double alpha) implements ServiceTimes {
    public double cv() {
      return Math.sqrt(1 / (alpha * (alpha - 2)));
    }

    public double sample(Random random) {
      double scale = mean * (alpha - 1) / alpha;
      return scale * Math.pow(1 - random.nextDouble(), -1 / alpha);
    }
  }
}
