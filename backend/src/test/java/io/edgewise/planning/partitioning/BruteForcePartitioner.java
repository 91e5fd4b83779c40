package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The oracle: every forward tier assignment of every way out of the model (full or an exit), each
 * priced by walking its tensors naively. Written apart from the engine so the two share nothing but
 * the records.
 */
final class BruteForcePartitioner {

  /**
   * One enumerated plan: tiers of the request's layers (null = not run), exit, and its figures;
   * {@code downlinkMs} is the result's trip back to the device, part of {@code latencyMs}.
   */
  record Outcome(
      Tier[] tiers,
      Integer exit,
      double accuracy,
      double latencyMs,
      double joules,
      long uplinked,
      long toCloud,
      double downlinkMs) {}

  private BruteForcePartitioner() {}

  static List<Outcome> all(PartitionRequest request) {
    List<Outcome> outcomes = new ArrayList<>();
    int n = request.graph().size();
    enumerate(request, null, runs(request.graph(), n - 1), new Tier[n], 0, outcomes);
    for (EarlyExit exit : request.exits()) {
      enumerate(request, exit, runs(request.graph(), exit.afterLayer()), new Tier[n], 0, outcomes);
    }
    return outcomes;
  }

  /** Prices one assignment (null tiers for layers that do not run). */
  static Outcome price(PartitionRequest request, EarlyExit exit, Tier[] tiers) {
    LayerGraph graph = request.graph();
    double[] ms = new double[3];
    for (int k = 0; k < tiers.length; k++) {
      if (tiers[k] != null) {
        ms[tiers[k].ordinal()] += graph.layers().get(k).msOn(tiers[k]);
      }
    }
    if (exit != null) {
      Tier where = tiers[exit.afterLayer()];
      ms[where.ordinal()] +=
          where == Tier.DEVICE
              ? exit.deviceMs()
              : where == Tier.EDGE ? exit.edgeMs() : exit.cloudMs();
    }
    long up = 0;
    long cloud = 0;
    boolean upUsed = false;
    boolean cloudUsed = false;
    for (int tensor = -1; tensor < tiers.length; tensor++) {
      if (tensor >= 0 && tiers[tensor] == null) {
        continue;
      }
      Set<Tier> readers = EnumSet.noneOf(Tier.class);
      for (int k = 0; k < tiers.length; k++) {
        List<Integer> inputs = graph.layers().get(k).inputs();
        if (tiers[k] != null && (tensor < 0 ? inputs.isEmpty() : inputs.contains(tensor))) {
          readers.add(tiers[k]);
        }
      }
      Tier from = tensor < 0 ? Tier.DEVICE : tiers[tensor];
      long bytes = tensor < 0 ? graph.inputBytes() : graph.layers().get(tensor).outputBytes();
      if (from == Tier.DEVICE && (readers.contains(Tier.EDGE) || readers.contains(Tier.CLOUD))) {
        up += bytes;
        upUsed = true;
      }
      if (from != Tier.CLOUD && readers.contains(Tier.CLOUD)) {
        cloud += bytes;
        cloudUsed = true;
      }
    }
    // The answer (the full model's output size, whichever way out) travels back over each link
    // between its tier and the device; the uplink's round trip already covers the way back.
    Tier answeredOn = tiers[exit == null ? tiers.length - 1 : exit.afterLayer()];
    long result = graph.layers().get(graph.size() - 1).outputBytes();
    double downlink =
        (answeredOn == Tier.DEVICE ? 0 : result / (request.uplink().mbps() * 125.0))
            + (answeredOn == Tier.CLOUD ? result / (request.edgeToCloud().mbps() * 125.0) : 0);
    long received = answeredOn == Tier.DEVICE ? 0 : result;
    double latency =
        downlink
            + ms[0]
            + ms[1]
            + ms[2]
            + (upUsed ? request.uplink().rttMs() + up / (request.uplink().mbps() * 125.0) : 0)
            + (cloudUsed
                ? request.edgeToCloud().rttMs() + cloud / (request.edgeToCloud().mbps() * 125.0)
                : 0);
    double joules =
        request.energy() == null
            ? 0
            : request.energy().computeWatts() * ms[0] / 1000
                + request.energy().radioJoulesPerMegabyte() * (up + received) / 1e6;
    return new Outcome(
        tiers.clone(),
        exit == null ? null : exit.afterLayer(),
        exit == null ? request.fullModelAccuracy() : exit.accuracy(),
        latency,
        joules,
        up,
        cloud,
        downlink);
  }

  private static boolean[] runs(LayerGraph graph, int last) {
    boolean[] runs = new boolean[graph.size()];
    List<Integer> stack = new ArrayList<>(List.of(last));
    while (!stack.isEmpty()) {
      int k = stack.remove(stack.size() - 1);
      if (!runs[k]) {
        runs[k] = true;
        stack.addAll(graph.layers().get(k).inputs());
      }
    }
    return runs;
  }

  private static void enumerate(
      PartitionRequest request,
      EarlyExit exit,
      boolean[] runs,
      Tier[] tiers,
      int k,
      List<Outcome> out) {
    if (k == tiers.length) {
      out.add(price(request, exit, tiers));
      return;
    }
    if (!runs[k]) {
      enumerate(request, exit, runs, tiers, k + 1, out);
      return;
    }
    for (Tier tier : Tier.values()) {
      if (tier == Tier.CLOUD && !request.hasCloud()) {
        continue;
      }
      boolean forward =
          request.graph().layers().get(k).inputs().stream()
              .allMatch(input -> tiers[input].compareTo(tier) <= 0);
      if (forward) {
        tiers[k] = tier;
        enumerate(request, exit, runs, tiers, k + 1, out);
        tiers[k] = null;
      }
    }
  }
}
