package io.edgewise.planning.placement;

import io.edgewise.planning.placement.FifoGpuSimulation.JobClass;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The bigger sweep behind the queue model's figures in docs/benchmarks.md: 1,000 seeded mixes
 * (other seeds than the unit test's), 500,000 jobs each after 50,000 of warm-up, and how stable the
 * simulation's own p95 is (the first 100 mixes simulated again with another seed).
 */
class SharedGpuQueueBenchmark {
  private static final Logger LOG = Logger.getLogger(SharedGpuQueueBenchmark.class.getName());
  private static final long JOBS = 500_000;
  private static final long WARMUP = 50_000;

  @Test
  void predictedAgainstSimulatedP95() {
    SharedGpuQueueValidationTest.Summary summary =
        SharedGpuQueueValidationTest.sweep(10_000, 1_000, JOBS, WARMUP);
    LOG.info("\n" + summary + "\n" + summary.byShapeTable());
    double worst = 0;
    for (long seed = 10_000; seed < 10_100; seed++) {
      List<JobClass> mix = QueueMixes.generate(seed);
      double[] a = FifoGpuSimulation.sojournP95(mix, JOBS, WARMUP, seed);
      double[] b = FifoGpuSimulation.sojournP95(mix, JOBS, WARMUP, seed + 7_777_777);
      for (int i = 0; i < a.length; i++) {
        worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.min(a[i], b[i]));
      }
    }
    LOG.info(
        String.format(
            Locale.ROOT,
            "simulation's own p95, two seeds, 100 mixes: largest relative difference %.1f%%",
            100 * worst));
  }
}
