package io.edgewise.planning.partitioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.planning.partitioning.BruteForcePartitioner.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The engine against brute force over every forward assignment × exit on 10,000 seeded random
 * chains and 10,000 seeded random DAGs of 1–16 layers, for each objective, with and without a cloud
 * tier.
 */
class PartitionerOracleTest {

  private static final int CASES = 10_000;
  private final Partitioner partitioner = new Partitioner();

  @Test
  void equalsBruteForceOnRandomChainsForEveryObjectiveWithACloud() {
    checkAgainstBruteForce(11, true, RandomModels::chain, "chain-scan");
  }

  @Test
  void equalsBruteForceOnRandomChainsForEveryObjectiveWithoutACloud() {
    checkAgainstBruteForce(12, false, RandomModels::chain, "chain-scan");
  }

  @Test
  void equalsBruteForceOnRandomDagsForEveryObjectiveWithACloud() {
    checkAgainstBruteForce(13, true, RandomModels::dag, null);
  }

  @Test
  void equalsBruteForceOnRandomDagsForEveryObjectiveWithoutACloud() {
    checkAgainstBruteForce(14, false, RandomModels::dag, null);
  }

  private void checkAgainstBruteForce(
      long seed, boolean withCloud, BiFunction<Random, Integer, LayerGraph> shape, String method) {
    Random random = new Random(seed);
    for (int c = 0; c < CASES; c++) {
      LayerGraph graph = shape.apply(random, 1 + random.nextInt(16));
      List<EarlyExit> exits = RandomModels.exits(random, graph.size());
      Link uplink = RandomModels.uplink(random);
      Link edgeToCloud = withCloud ? RandomModels.edgeToCloud(random) : null;
      DeviceEnergy energy = RandomModels.energy(random);
      double fullAccuracy = 0.5 + random.nextDouble() * 0.45;
      List<Outcome> outcomes =
          BruteForcePartitioner.all(
              new PartitionRequest(
                  graph,
                  uplink,
                  edgeToCloud,
                  exits,
                  fullAccuracy,
                  PartitionObjective.MIN_LATENCY,
                  1,
                  energy));
      double fastest = outcomes.stream().mapToDouble(Outcome::latencyMs).min().orElseThrow();
      double slowest = outcomes.stream().mapToDouble(Outcome::latencyMs).max().orElseThrow();
      double slo =
          random.nextInt(20) == 0
              ? Double.POSITIVE_INFINITY
              : Math.max(1e-3, fastest * 0.9 + random.nextDouble() * (slowest - fastest * 0.9));
      for (PartitionObjective objective : PartitionObjective.values()) {
        PartitionRequest request =
            new PartitionRequest(
                graph, uplink, edgeToCloud, exits, fullAccuracy, objective, slo, energy);
        PartitionResult result = partitioner.plan(request);
        String label = "case " + c + " " + objective + " slo " + slo;
        assertThat(result.exact()).as(label).isTrue();
        if (method != null) {
          assertThat(result.method()).as(label).isEqualTo(method);
        }
        assertConsistent(request, result.best(), label);
        assertThat(score(result.best(), objective))
            .as(label)
            .isEqualTo(expected(outcomes, objective, slo));
      }
    }
  }

  /** The plan's figures are those brute force gives its tiers and exit. */
  private static void assertConsistent(PartitionRequest request, PartitionPlan plan, String label) {
    EarlyExit exit =
        request.exits().stream()
            .filter(
                e ->
                    plan.exitAfterLayer() != null
                        && e.afterLayer() == plan.exitAfterLayer()
                        && e.accuracy() == plan.accuracy())
            .findFirst()
            .orElse(null);
    assertThat(exit == null).as(label + ": exit").isEqualTo(plan.exitAfterLayer() == null);
    Outcome priced = BruteForcePartitioner.price(request, exit, plan.tiers().toArray(new Tier[0]));
    assertThat(plan.totalMs())
        .as(label + ": latency")
        .isCloseTo(priced.latencyMs(), within(1e-6 * Math.max(1, priced.latencyMs())));
    assertThat(plan.deviceEnergyJoules())
        .as(label + ": energy")
        .isCloseTo(priced.joules(), within(1e-9 * Math.max(1, priced.joules())));
    assertThat(plan.latency().downlinkMs())
        .as(label + ": downlink")
        .isCloseTo(priced.downlinkMs(), within(1e-9 * Math.max(1, priced.downlinkMs())));
    assertThat(plan.bytesUplinked()).as(label).isEqualTo(priced.uplinked());
    assertThat(plan.bytesToCloud()).as(label).isEqualTo(priced.toCloud());
    assertThat(plan.meetsSlo()).as(label).isEqualTo(plan.totalMs() <= request.latencySloMs());
  }

  /** What the objective ranks on, rounded so values equal up to float noise compare equal. */
  private static String score(PartitionPlan plan, PartitionObjective objective) {
    return key(
        plan.meetsSlo(), plan.totalMs(), plan.deviceEnergyJoules(), plan.accuracy(), objective);
  }

  private static String expected(List<Outcome> outcomes, PartitionObjective objective, double slo) {
    List<Outcome> feasible = outcomes.stream().filter(o -> o.latencyMs() <= slo).toList();
    Outcome best;
    if (feasible.isEmpty() || objective == PartitionObjective.MIN_LATENCY) {
      double fastest = outcomes.stream().mapToDouble(Outcome::latencyMs).min().orElseThrow();
      best =
          outcomes.stream()
              .filter(o -> close(o.latencyMs(), fastest))
              .max(Comparator.comparingDouble(Outcome::accuracy))
              .orElseThrow();
    } else if (objective == PartitionObjective.MIN_DEVICE_ENERGY) {
      double least = feasible.stream().mapToDouble(Outcome::joules).min().orElseThrow();
      best =
          feasible.stream()
              .filter(o -> close(o.joules(), least))
              .min(Comparator.comparingDouble(Outcome::latencyMs))
              .orElseThrow();
    } else {
      double most = feasible.stream().mapToDouble(Outcome::accuracy).max().orElseThrow();
      best =
          feasible.stream()
              .filter(o -> o.accuracy() == most)
              .min(Comparator.comparingDouble(Outcome::latencyMs))
              .orElseThrow();
    }
    return key(
        best.latencyMs() <= slo, best.latencyMs(), best.joules(), best.accuracy(), objective);
  }

  private static String key(
      boolean meets, double ms, double joules, double accuracy, PartitionObjective objective) {
    String latency = String.format("%.6g", ms);
    if (!meets || objective == PartitionObjective.MIN_LATENCY) {
      return meets + " ms=" + latency;
    }
    return objective == PartitionObjective.MIN_DEVICE_ENERGY
        ? "J=" + String.format("%.6g", joules) + " ms=" + latency
        : "acc=" + accuracy + " ms=" + latency;
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
