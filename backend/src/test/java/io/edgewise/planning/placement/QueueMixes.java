package io.edgewise.planning.placement;

import io.edgewise.planning.placement.FifoGpuSimulation.JobClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random mixes of one GPU for the queue model's validation: 1–6 classes, service means
 * log-uniform in 1–300 ms, each class deterministic, exponential, lognormal (cv 0.1–2), bimodal
 * (5–20% of jobs 3–10× slower) or Pareto (shape 2.5–4, heavy-tailed), random shares of a total
 * utilisation uniform in 5–80% (the default cap).
 */
final class QueueMixes {
  private QueueMixes() {}

  static List<JobClass> generate(long seed) {
    Random random = new Random(seed);
    int k = 1 + random.nextInt(6);
    double rho = 0.05 + 0.75 * random.nextDouble();
    double[] weights = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      weights[i] = 0.05 + random.nextDouble();
      sum += weights[i];
    }
    List<JobClass> classes = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double mean = Math.exp(Math.log(1) + random.nextDouble() * Math.log(300));
      ServiceTimes service = service(random, mean);
      classes.add(new JobClass(rho * weights[i] / sum / mean, service));
    }
    return classes;
  }

  private static ServiceTimes service(Random random, double mean) {
    return switch (random.nextInt(5)) {
      case 0 -> new ServiceTimes.Deterministic(mean);
      case 1 -> new ServiceTimes.Exponential(mean);
      case 2 -> new ServiceTimes.Lognormal(mean, 0.1 + 1.9 * random.nextDouble());
      case 3 ->
          new ServiceTimes.Bimodal(
              mean, 0.05 + 0.15 * random.nextDouble(), 3 + 7 * random.nextDouble());
      default -> new ServiceTimes.Pareto(mean, 2.5 + 1.5 * random.nextDouble());
    };
  }

  /**
   * The model's p95 sojourn of every class, ms, as placement computes it: each class a workload (no
   * fixed latency, no RTT, batch 1) on one idle reference GPU.
   */
  static double[] predictedP95(List<JobClass> classes) {
    List<Workload> workloads = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      ServiceTimes service = classes.get(i).service();
      workloads.add(
          new Workload(
              "c" + i,
              1,
              new double[] {service.mean()},
              Map.of("a", classes.get(i).ratePerMs() * 1000),
              1e9,
              0,
              1,
              Set.of(),
              service.cv()));
    }
    ScaledProblem scaled =
        ScaledProblem.of(
            new PlacementProblem(
                List.of(new GpuSlot("g", "n", "a", 1_000, 1, 0, 0)),
                workloads,
                (x, y) -> 0,
                0.999));
    GpuBin gpu = scaled.gpus.get(0);
    long wait = SharedGpuQueue.waitMicros(gpu, scaled.demands);
    return scaled.demands.stream().mapToDouble(d -> d.p95Ms(gpu, wait)).toArray();
  }
}
