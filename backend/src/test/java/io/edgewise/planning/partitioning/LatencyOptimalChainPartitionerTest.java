package io.edgewise.planning.partitioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The O(n) partitioner against exhaustive search over every forward tier assignment (up to 16
 * layers), the result's download back to the device included.
 */
class LatencyOptimalChainPartitionerTest {

  private final LatencyOptimalChainPartitioner partitioner = new LatencyOptimalChainPartitioner();

  @Test
  void equalsBruteForceOnTenThousandRandomThreeTierChains() {
    Random random = new Random(20261127);
    for (int c = 0; c < 10_000; c++) {
      Chain chain = Chain.random(random, 1 + random.nextInt(16));
      ChainPlan plan =
          partitioner.plan(chain.inputBytes, chain.layers, chain.uplink, chain.edgeToCloud);
      double oracle = BruteForce.bestLatency(chain, true);
      assertThat(plan.totalMs())
          .as("chain %d", c)
          .isCloseTo(oracle, within(1e-6 * Math.max(1, oracle)));
      assertThat(BruteForce.latencyOf(chain, plan.tiers(chain.layers.size())))
          .as("the plan's breakdown adds up for chain %d", c)
          .isCloseTo(plan.totalMs(), within(1e-6 * Math.max(1, oracle)));
    }
  }

  @Test
  void equalsBruteForceWithoutACloudTier() {
    Random random = new Random(42);
    for (int c = 0; c < 10_000; c++) {
      Chain chain = Chain.random(random, 1 + random.nextInt(16));
      ChainPlan plan = partitioner.plan(chain.inputBytes, chain.layers, chain.uplink, null);
      assertThat(plan.cloudStart()).isEqualTo(chain.layers.size());
      assertThat(plan.totalMs())
          .as("chain %d", c)
          .isCloseTo(BruteForce.bestLatency(chain, false), within(1e-6));
    }
  }

  @Test
  void neverWorseThanDeviceEdgeOrCloudOnly() {
    Random random = new Random(7);
    for (int c = 0; c < 2_000; c++) {
      Chain chain = Chain.random(random, 1 + random.nextInt(40));
      double best =
          partitioner
              .plan(chain.inputBytes, chain.layers, chain.uplink, chain.edgeToCloud)
              .totalMs();
      for (Tier tier : Tier.values()) {
        assertThat(best)
            .isLessThanOrEqualTo(
                partitioner
                        .fixed(
                            tier, chain.inputBytes, chain.layers, chain.uplink, chain.edgeToCloud)
                        .totalMs()
                    + 1e-9);
      }
    }
  }

  @Test
  void splitsWhereTheTensorShrinks() {
    // 1 MB input over 10 Mbit/s costs 800 ms + 5 ms RTT; after the first layer only 1 kB crosses
    // (0.8 ms + 5 ms).
    // Device: layer 0 takes 20 ms, layer 1 takes 200 ms; edge: 2 ms each. Best: layer 0 on device,
    // layer 1 on edge; its 10-byte answer comes back in 0.008 ms.
    List<Layer> layers =
        List.of(new Layer("conv", 20, 2, 1, 1_000), new Layer("fc", 200, 2, 1, 10));
    ChainPlan plan = partitioner.plan(1_000_000, layers, new Link(10, 5), null);
    assertThat(plan.edgeStart()).isEqualTo(1);
    assertThat(plan.totalMs()).isCloseTo(20 + 5 + 0.8 + 2 + 0.008, within(1e-9));
    assertThat(plan.bytesUplinked()).isEqualTo(1_000);
  }

  /** A random chain with links; sizes and times span the ranges real models and networks show. */
  record Chain(long inputBytes, List<Layer> layers, Link uplink, Link edgeToCloud) {
    static Chain random(Random r, int n) {
      List<Layer> layers = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        double device = r.nextDouble() * 100;
        layers.add(
            new Layer(
                "l" + k,
                device,
                device * r.nextDouble() * 0.3,
                device * r.nextDouble() * 0.2,
                (long) (r.nextDouble() * 2_000_000)));
      }
      return new Chain(
          (long) (r.nextDouble() * 3_000_000),
          layers,
          new Link(1 + r.nextDouble() * 200, r.nextDouble() * 60),
          new Link(10 + r.nextDouble() * 1000, r.nextDouble() * 80));
    }
  }

  /** Exhaustive search over forward tier assignments, timed by walking the chain layer by layer. */
  static final class BruteForce {
    /**
     * Tries every forward assignment: all device/edge/cloud boundaries {@code i <= j}, each timed
     * by a walk.
     */
    static double bestLatency(Chain chain, boolean withCloud) {
      int n = chain.layers.size();
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i <= n; i++) {
        for (int j = i; j <= n; j++) {
          if (!withCloud && j < n) {
            continue;
          }
          List<Tier> assignment = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            assignment.add(k < i ? Tier.DEVICE : k < j ? Tier.EDGE : Tier.CLOUD);
          }
          best = Math.min(best, latencyOf(chain, assignment));
        }
      }
      return best;
    }

    static double latencyOf(Chain chain, List<Tier> assignment) {
      Tier where = Tier.DEVICE;
      long tensor = chain.inputBytes;
      double total = 0;
      for (int k = 0; k < assignment.size(); k++) {
        Tier next = assignment.get(k);
        if (where == Tier.DEVICE && next != Tier.DEVICE) {
          total += chain.uplink.transferMs(tensor);
          where = Tier.EDGE;
        }
        if (where == Tier.EDGE && next == Tier.CLOUD) {
          total += chain.edgeToCloud.transferMs(tensor);
          where = Tier.CLOUD;
        }
        total += chain.layers.get(k).msOn(next);
        tensor = chain.layers.get(k).outputBytes();
      }
      // The result comes back link by link; the uplink's round trip already covers the way back.
      if (where == Tier.CLOUD) {
        total += tensor / (chain.edgeToCloud.mbps() * 125.0);
      }
      if (where != Tier.DEVICE) {
        total += tensor / (chain.uplink.mbps() * 125.0);
      }
      return total;
    }
  }
}
