package io.edgewise.planning.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.lab.hardware.Hardware;
import io.edgewise.planning.lab.hardware.HardwareCatalogue;
import io.edgewise.planning.lab.hardware.LinkPresets;
import io.edgewise.planning.lab.hardware.ProfileEstimator;
import io.edgewise.planning.partitioning.DeviceEnergy;
import io.edgewise.planning.partitioning.HeuristicGap;
import io.edgewise.planning.partitioning.LayerGraph;
import io.edgewise.planning.partitioning.Link;
import io.edgewise.planning.partitioning.PartitionObjective;
import io.edgewise.planning.partitioning.PartitionPlan;
import io.edgewise.planning.partitioning.PartitionRequest;
import io.edgewise.planning.partitioning.PartitionResult;
import io.edgewise.planning.partitioning.Partitioner;
import io.edgewise.planning.partitioning.RandomModels;
import io.edgewise.planning.partitioning.Tier;
import io.edgewise.planning.partitioning.profiles.ModelProfile;
import io.edgewise.planning.partitioning.profiles.ReferenceModels;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The partitioning engine's tables: the Neurosurgeon-style comparison per reference model × uplink,
 * energy and accuracy examples under SLOs, planning time, and the three-tier DAG heuristic's gap to
 * exact search.
 */
class PartitioningBenchmark {

  private static final Hardware DEVICE = HardwareCatalogue.JETSON_NANO;
  private static final List<Hardware> DEVICES =
      List.of(HardwareCatalogue.RASPBERRY_PI_4, HardwareCatalogue.JETSON_NANO);
  private static final Hardware EDGE = HardwareCatalogue.T4;
  private static final Hardware CLOUD = HardwareCatalogue.A100;
  private final Partitioner partitioner = new Partitioner();

  @Test
  void optimalPlansAgainstFixedTiers() {
    Partitioner searchAll = new Partitioner(1_000);
    for (Hardware device : DEVICES) {
      System.out.printf(
          "%n## Min latency vs fixed tiers (device %s, edge %s, cloud %s, edge->cloud WAN 500"
              + " Mbit/s 20 ms)%n",
          device.displayName(), EDGE.displayName(), CLOUD.displayName());
      System.out.println(
          "| model | uplink | optimal ms | plan | method | B&B proves it | cloud-only ms |"
              + " edge-only ms | device-only ms | speed-up vs cloud-only |");
      System.out.println("|---|---|---:|---|---|---|---:|---:|---:|---:|");
      double logSum = 0;
      double sum = 0;
      int count = 0;
      for (ModelProfile model : ReferenceModels.all()) {
        LayerGraph graph = ProfileEstimator.graph(model, device, EDGE, CLOUD);
        for (String uplink : LinkPresets.uplinkNames()) {
          PartitionRequest request =
              PartitionRequest.fastest(graph, LinkPresets.byName(uplink), LinkPresets.WAN);
          PartitionResult r = partitioner.plan(request);
          PartitionResult proof = searchAll.plan(request);
          double speedUp = r.cloudOnly().totalMs() / r.best().totalMs();
          logSum += Math.log(speedUp);
          sum += speedUp;
          count++;
          System.out.printf(
              "| %s | %s | %.1f | %s | %s | %s | %.1f | %.1f | %.1f | %.2f× |%n",
              model.name(),
              uplink,
              r.best().totalMs(),
              describe(r.best()),
              r.method(),
              r.exact()
                  ? "exact"
                  : proof.exact()
                      ? String.format("yes, optimum %.1f", proof.best().totalMs())
                      : "no (budget)",
              r.cloudOnly().totalMs(),
              r.edgeOnly().totalMs(),
              r.deviceOnly().totalMs(),
              speedUp);
          assertThat(r.best().totalMs()).isLessThanOrEqualTo(r.cloudOnly().totalMs() + 1e-9);
        }
      }
      System.out.printf(
          "Speed-up over cloud-only on %s: arithmetic mean %.2f×, geometric mean %.2f×%n",
          device.displayName(), sum / count, Math.exp(logSum / count));
    }
  }

  @Test
  void energyAndAccuracyUnderSlos() {
    System.out.printf(
        "%n## Energy (full model) and accuracy (with exits) under SLOs = factor × the full model's"
            + " fastest plan (device %s %.0f W, edge %s, cloud %s)%n",
        DEVICE.displayName(), DEVICE.watts(), EDGE.displayName(), CLOUD.displayName());
    System.out.println(
        "| model | uplink | SLO ms | objective | plan | ms | device J | fastest plan's J | accuracy"
            + " | meets SLO |");
    System.out.println("|---|---|---:|---|---|---:|---:|---:|---:|---|");
    for (ModelProfile model :
        List.of(
            ReferenceModels.alexnet(),
            ReferenceModels.vgg16(),
            ReferenceModels.resnet50(),
            ReferenceModels.mobilenetV2())) {
      for (String uplink : List.of("LTE", "Wi-Fi", "5G")) {
        LayerGraph graph = ProfileEstimator.graph(model, DEVICE, EDGE, CLOUD);
        DeviceEnergy energy =
            new DeviceEnergy(DEVICE.watts(), LinkPresets.radioJoulesPerMegabyte(uplink));
        PartitionPlan fastest =
            partitioner
                .plan(
                    new PartitionRequest(
                        graph,
                        LinkPresets.byName(uplink),
                        LinkPresets.WAN,
                        List.of(),
                        model.accuracy(),
                        PartitionObjective.MIN_LATENCY,
                        Double.POSITIVE_INFINITY,
                        energy))
                .best();
        for (double factor : new double[] {0.5, 1.5, 4}) {
          double slo = fastest.totalMs() * factor;
          for (PartitionObjective objective :
              List.of(PartitionObjective.MIN_DEVICE_ENERGY, PartitionObjective.MAX_ACCURACY)) {
            PartitionRequest request =
                new PartitionRequest(
                    graph,
                    LinkPresets.byName(uplink),
                    LinkPresets.WAN,
                    objective == PartitionObjective.MAX_ACCURACY
                        ? ProfileEstimator.exits(model, DEVICE, EDGE, CLOUD)
                        : List.of(),
                    model.accuracy(),
                    objective,
                    slo,
                    energy);
            PartitionPlan p = partitioner.plan(request).best();
            System.out.printf(
                "| %s | %s | %.1f | %s | %s | %.1f | %.3f | %.3f | %.3f | %s |%n",
                model.name(),
                uplink,
                slo,
                objective,
                describe(p),
                p.totalMs(),
                p.deviceEnergyJoules(),
                fastest.deviceEnergyJoules(),
                p.accuracy(),
                p.meetsSlo() ? "yes" : "no");
          }
        }
      }
    }
  }

  @Test
  void planningTime() {
    Random random = new Random(2026);
    LayerGraph chain = RandomModels.chain(random, 200);
    LayerGraph dag = RandomModels.dag(random, 500);
    Link up = RandomModels.uplink(random);
    Link wan = RandomModels.edgeToCloud(random);
    DeviceEnergy energy = RandomModels.energy(random);
    System.out.printf(
        "%n## Planning time (median and p99 over repeated runs after warm-up; DAG has %d layers,"
            + " chain? %s)%n",
        dag.size(), dag.isChain());
    System.out.println("| case | method | median ms | p99 ms |");
    System.out.println("|---|---|---:|---:|");
    time(
        "200-layer chain, 3 tiers, min latency",
        2000,
        () -> partitioner.plan(PartitionRequest.fastest(chain, up, wan)));
    time(
        "200-layer chain, 3 tiers, min energy, SLO, 3 exits",
        2000,
        () ->
            partitioner.plan(
                new PartitionRequest(
                    chain,
                    up,
                    wan,
                    RandomModels.exits(new Random(1), 200),
                    0.8,
                    PartitionObjective.MIN_DEVICE_ENERGY,
                    500,
                    energy)));
    time(
        "500-node DAG, 2 tiers, min latency",
        300,
        () -> partitioner.plan(PartitionRequest.fastest(dag, up, null)));
    time(
        "500-node DAG, 3 tiers, min latency (heuristic)",
        50,
        () -> partitioner.plan(PartitionRequest.fastest(dag, up, wan)));
    double fastestMs = partitioner.plan(PartitionRequest.fastest(dag, up, wan)).best().totalMs();
    time(
        "500-node DAG, 3 tiers, min energy, SLO 1.5 x fastest (heuristic)",
        5,
        () ->
            partitioner.plan(
                new PartitionRequest(
                    dag,
                    up,
                    wan,
                    List.of(),
                    1,
                    PartitionObjective.MIN_DEVICE_ENERGY,
                    fastestMs * 1.5,
                    energy)));
  }

  @Test
  void threeTierHeuristicGapToExactSearch() {
    System.out.printf(
        "%n## Three-tier DAG heuristic vs exact branch-and-bound (2,000 seeded random DAGs, 8-20"
            + " layers, no exits; heuristic = Partitioner(0); energy SLO = 1.05-2.05 x the fastest"
            + " plan)%n");
    System.out.println(HeuristicGap.header());
    for (PartitionObjective objective :
        List.of(PartitionObjective.MIN_LATENCY, PartitionObjective.MIN_DEVICE_ENERGY)) {
      HeuristicGap gap = HeuristicGap.measure(objective, 77, 2000);
      System.out.println(gap.row());
      assertThat(gap.withinBound())
          .as(
              "worst gap <= %s%%, mean gap <= %s%%, no SLO missed: %s",
              HeuristicGap.WORST_PERCENT, HeuristicGap.MEAN_PERCENT, gap.row())
          .isTrue();
    }
  }

  private static void time(String label, int runs, Supplier<PartitionResult> plan) {
    String method = "";
    for (int w = 0; w < runs; w++) {
      method = plan.get().method();
    }
    double[] ms = new double[runs];
    for (int k = 0; k < runs; k++) {
      long start = System.nanoTime();
      plan.get();
      ms[k] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "| %s | %s | %.3f | %.3f |%n",
        label, method, ms[runs / 2], ms[(int) Math.ceil(runs * 0.99) - 1]);
  }

  /** "D4 E12 C0" counts of layers per tier, and the exit taken. */
  private static String describe(PartitionPlan plan) {
    long d = plan.tiers().stream().filter(t -> t == Tier.DEVICE).count();
    long e = plan.tiers().stream().filter(t -> t == Tier.EDGE).count();
    long c = plan.tiers().stream().filter(t -> t == Tier.CLOUD).count();
    return "D"
        + d
        + " E"
        + e
        + " C"
        + c
        + (plan.exitAfterLayer() == null ? "" : " exit@" + plan.exitAfterLayer());
  }
}
