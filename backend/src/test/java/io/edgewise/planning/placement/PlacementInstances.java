package io.edgewise.planning.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic placement problems: sites with RTTs from their distance, nodes of 1–4 GPUs of
 * one type (Jetson Orin, T4, L4, A10, A100), models of 100–8,000 MiB with 0.5–30 ms reference
 * service and batch curves, request rates from fleets of 10–2,000 devices at 0.1–10 rps, SLOs of
 * 30–500 ms.
 *
 * @param demandRatio total reference load / total capacity under the cap the fleets are scaled
 *     towards
 */
public record PlacementInstances(int gpus, int workloads, int sites, double demandRatio) {

  private static final String[] TYPES = {"orin", "t4", "l4", "a10", "a100"};
  private static final long[] MEMORY = {8_192, 15_360, 23_034, 24_576, 40_960};
  private static final double[] SPEED = {0.25, 0.5, 1.0, 1.3, 2.5};

  public PlacementProblem generate(long seed) {
    Random random = new Random(seed);
    double[][] xy = new double[sites][2];
    for (double[] p : xy) {
      p[0] = random.nextDouble();
      p[1] = random.nextDouble();
    }
    Map<String, Double> rtt = new HashMap<>();
    for (int i = 0; i < sites; i++) {
      for (int j = 0; j < sites; j++) {
        rtt.put(
            i + ">" + j,
            i == j ? 0 : 1 + 25 * Math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]));
      }
    }
    SiteLatency latency = (a, b) -> rtt.get(a.substring(5) + ">" + b.substring(5));
    List<GpuSlot> gpuList = new ArrayList<>();
    double capacity = 0;
    for (int node = 0; gpuList.size() < gpus; node++) {
      int type = random.nextInt(TYPES.length);
      String site = "site-" + random.nextInt(sites);
      for (int k = 0, n = 1 + random.nextInt(4); k < n && gpuList.size() < gpus; k++) {
        long reserved = random.nextInt(3) == 0 ? 512 + random.nextInt(1_536) : 0;
        double background = random.nextBoolean() ? 0 : 0.25 * random.nextDouble();
        gpuList.add(
            new GpuSlot(
                "gpu-" + gpuList.size(),
                "node-" + node,
                site,
                MEMORY[type],
                SPEED[type],
                reserved,
                background));
        capacity += SPEED[type] * (0.8 - background);
      }
    }
    List<double[]> draws = new ArrayList<>();
    double load = 0;
    for (int w = 0; w < workloads; w++) {
      double devices = logUniform(random, 10, 2_000);
      double rpsEach = logUniform(random, 0.1, 10);
      double service = logUniform(random, 0.5, 30);
      draws.add(new double[] {devices, rpsEach, service});
      load += devices * rpsEach * service / 1000;
    }
    double scale = Math.min(1, demandRatio * capacity / load);
    List<Workload> list = new ArrayList<>();
    for (int w = 0; w < workloads; w++) {
      double[] d = draws.get(w);
      list.add(workload(random, "w-" + w, d[0] * Math.max(0.1, d[1] * scale), d[2]));
    }
    return new PlacementProblem(gpuList, list, latency);
  }

  private Workload workload(Random random, String id, double rps, double service) {
    int[] batchLengths = {1, 4, 8, 16};
    double[] curve = new double[batchLengths[random.nextInt(batchLengths.length)]];
    double slope = 0.2 + 0.4 * random.nextDouble();
    for (int b = 1; b <= curve.length; b++) {
      curve[b - 1] = service * (1 + slope * (b - 1));
    }
    Map<String, Double> bySite = new HashMap<>();
    int sources = 1 + random.nextInt(Math.min(3, sites));
    for (int s = 0; s < sources; s++) {
      bySite.merge("site-" + random.nextInt(sites), rps / sources, Double::sum);
    }
    double slo = logUniform(random, 30, 500);
    int replicas = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
    replicas = Math.max(replicas, (int) Math.ceil(rps * service / 1000 / 0.5));
    long memory = Math.round(logUniform(random, 100, 8_000));
    return new Workload(
        id,
        memory,
        curve,
        bySite,
        slo,
        slo * (0.05 + 0.35 * random.nextDouble()),
        replicas,
        Set.of());
  }

  private static double logUniform(Random random, double low, double high) {
    return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
  }
}
