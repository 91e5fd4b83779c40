package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random chains and DAGs (residual adds, concat branches, second stems from the input),
 * exits, links.
 */
public final class RandomModels {

  private RandomModels() {}

  public static LayerGraph chain(Random r, int n) {
    List<GraphLayer> layers = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      layers.add(layer(r, k, k == 0 ? List.of() : List.of(k - 1)));
    }
    return new LayerGraph(inputBytes(r), layers);
  }

  /**
   * A DAG of exactly n layers built from plain layers, residual blocks, concat blocks and second
   * stems.
   */
  public static LayerGraph dag(Random r, int n) {
    List<GraphLayer> layers = new ArrayList<>();
    int trunk = -1;
    while (layers.size() < n) {
      int left = n - layers.size();
      int shape = trunk < 0 || left < 2 ? 0 : r.nextInt(4);
      if (shape == 0) {
        trunk = add(r, layers, trunk < 0 ? List.of() : List.of(trunk));
      } else if (shape == 1) {
        int end = trunk;
        for (int b = 1 + r.nextInt(Math.min(3, left - 1)); b > 0; b--) {
          end = add(r, layers, List.of(end));
        }
        trunk = add(r, layers, List.of(end, trunk));
      } else if (shape == 2 && left >= 3) {
        List<Integer> ends = new ArrayList<>();
        int budget = left - 1;
        for (int branch = 0;
            branch < 3 && budget > 0 && (branch < 2 || r.nextBoolean());
            branch++) {
          int end = trunk;
          for (int d = 1 + r.nextInt(Math.min(2, budget)); d > 0; d--, budget--) {
            end = add(r, layers, List.of(end));
          }
          ends.add(end);
        }
        trunk = add(r, layers, ends);
      } else {
        int stem = add(r, layers, List.of());
        trunk = add(r, layers, List.of(trunk, stem));
      }
    }
    return new LayerGraph(inputBytes(r), layers);
  }

  public static List<EarlyExit> exits(Random r, int n) {
    List<EarlyExit> exits = new ArrayList<>();
    for (int e = r.nextInt(4); e > 0; e--) {
      double ms = r.nextDouble() * 20;
      exits.add(
          new EarlyExit(
              r.nextInt(n),
              ms,
              ms * r.nextDouble() * 0.3,
              ms * r.nextDouble() * 0.2,
              0.3 + r.nextDouble() * 0.65));
    }
    return exits;
  }

  public static Link uplink(Random r) {
    return new Link(1 + r.nextDouble() * 200, r.nextDouble() * 60);
  }

  public static Link edgeToCloud(Random r) {
    return new Link(10 + r.nextDouble() * 1000, r.nextDouble() * 80);
  }

  public static DeviceEnergy energy(Random r) {
    return new DeviceEnergy(1 + r.nextDouble() * 9, 0.1 + r.nextDouble() * 5);
  }

  private static int add(Random r, List<GraphLayer> layers, List<Integer> inputs) {
    layers.add(layer(r, layers.size(), inputs));
    return layers.size() - 1;
  }

  private static GraphLayer layer(Random r, int k, List<Integer> inputs) {
    double device = r.nextDouble() * 100;
    long bytes = r.nextInt(20) == 0 ? 0 : (long) (r.nextDouble() * 2_000_000);
    return new GraphLayer(
        "l" + k,
        device,
        device * r.nextDouble() * 0.3,
        device * r.nextDouble() * 0.2,
        bytes,
        inputs);
  }

  private static long inputBytes(Random r) {
    return (long) (r.nextDouble() * 3_000_000);
  }
}
