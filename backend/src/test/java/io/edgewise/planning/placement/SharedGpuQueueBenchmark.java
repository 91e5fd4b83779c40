package io.edgewise.planning.placement;

import io.edgewise.planning.placement.FifoGpuSimulation.JobClass;
import java.util.ArrayList;
import java.util.Collections;
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
    List<Double> differences = new ArrayList<>();
    for (long seed = 10_000; seed < 10_100; seed++) {
      List<JobClass> mix = QueueMixes.generate(seed);
      double[] a = FifoGpuSimulation.sojournP95(mix, JOBS, WARMUP, seed);
      double[] b = FifoGpuSimulation.sojournP95(mix, JOBS, WARMUP, seed + 7_777_777);
      for (int i = 0; i < a.length; i++) {
        differences.add(Math.abs(a[i] - b[i]) / Math.min(a[i], b[i]));
      }
    }
    Collections.sort(differences);
    LOG.info(
        String.format(
            Locale.ROOT,
            "simulation's own p95, two seeds, %d classes of 100 mixes: relative difference median"
                + " %.1f%%, p90 %.1f%%, max %.1f%%",
            differences.size(),
            100 * differences.get(differences.size() / 2),
            100 * differences.get(differences.size() * 9 / 10),
            100 * differences.get(differences.size() - 1)));
  }
}
