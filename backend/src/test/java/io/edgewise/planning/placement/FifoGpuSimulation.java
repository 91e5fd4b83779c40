package io.edgewise.planning.placement;

import java.util.List;
import java.util.Random;

/**
 * A discrete-event simulation of one GPU as one FIFO queue, the oracle of {@link SharedGpuQueue}:
 * each class sends a Poisson stream of jobs with service times from its own distribution. Lindley's
 * recursion {@code W(n+1) = max(0, W(n) + S(n) − A(n+1))} gives every job's wait exactly.
 *
 * <p>Every arrival also probes each class: by PASTA an arrival sees the time-stationary wait, so
 * {@code W(n)} plus a fresh draw of {@code Sᵢ} is a sample of class {@code i}'s sojourn, and a rare
 * class gets as many samples as a frequent one. Quantiles come from log-spaced histograms with 0.1%
 * wide bins.
 */
final class FifoGpuSimulation {
  private static final double BIN = Math.log1p(0.001);
  private static final double LOW_MS = 1e-4;
  private static final int BINS = (int) (Math.log(1e8 / LOW_MS) / BIN) + 1;

  /** Jobs of one class: arrival rate per ms and service distribution. */
  record JobClass(double ratePerMs, ServiceTimes service) {}

  private FifoGpuSimulation() {}

  /** The p95 sojourn (wait + own service) of every class, ms, after {@code warmup} jobs. */
  static double[] sojournP95(List<JobClass> classes, long jobs, long warmup, long seed) {
    Random random = new Random(seed);
    int k = classes.size();
    double total = classes.stream().mapToDouble(JobClass::ratePerMs).sum();
    double[] cumulative = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += classes.get(i).ratePerMs() / total;
      cumulative[i] = sum;
    }
    long[][] histograms = new long[k][BINS];
    double wait = 0;
    for (long n = 0; n < warmup + jobs; n++) {
      if (n >= warmup) {
        for (int i = 0; i < k; i++) {
          histograms[i][bin(wait + classes.get(i).service().sample(random))]++;
        }
      }
      double service = classes.get(pick(cumulative, random.nextDouble())).service().sample(random);
      double gap = -Math.log(1 - random.nextDouble()) / total;
      wait = Math.max(0, wait + service - gap);
    }
    double[] p95 = new double[k];
    for (int i = 0; i < k; i++) {
      p95[i] = quantile(histograms[i], jobs, 0.95);
    }
    return p95;
  }

  private static int pick(double[] cumulative, double u) {
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  private static int bin(double ms) {
    int b = (int) (Math.log(Math.max(ms, LOW_MS) / LOW_MS) / BIN);
    return Math.min(b, BINS - 1);
  }

  /** The upper edge of the bin holding the {@code q} quantile. */
  private static double quantile(long[] histogram, long count, double q) {
    long target = (long) Math.ceil(q * count);
    long seen = 0;
    for (int b = 0; b < histogram.length; b++) {
      seen += histogram[b];
      if (seen >= target) {
        return LOW_MS * Math.exp((b + 1) * BIN);
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
