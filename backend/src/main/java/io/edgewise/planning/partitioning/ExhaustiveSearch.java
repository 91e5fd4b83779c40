package io.edgewise.planning.partitioning;

/**
 * Branch-and-bound over every forward tier assignment of a small DAG (three tiers are NP-hard in
 * general). Layers are placed in topological order, each no lower than its inputs; latency and
 * device energy only grow as layers are placed, so a partial plan is dropped once its latency plus
 * the cheapest tiers of the layers left exceeds the incumbent's (or the SLO), or its energy exceeds
 * the incumbent's. The answer's way back (time and received bytes) is added once the last layer is
 * placed. Gives up past a node budget.
 */
final class ExhaustiveSearch {

  private final PartitionRequest request;
  private final ExecutedModel model;
  private final PartitionObjective objective;
  private final int topTier;
  private final long nodeBudget;
  private final double[] cheapestRest;
  private final Tier[] tiers;
  private final int[] readersAboveDevice;
  private final int[] readersInCloud;
  private final double[] ms = new double[3];
  private long uplinked;
  private long toCloud;
  private int uplinkTensors;
  private int cloudTensors;
  private long nodes;
  private Tier[] bestTiers;
  private double bestMs;
  private double bestJoules;

  ExhaustiveSearch(
      PartitionRequest request,
      ExecutedModel model,
      PartitionObjective objective,
      long nodeBudget) {
    this.request = request;
    this.model = model;
    this.objective = objective;
    this.topTier = request.hasCloud() ? Tier.CLOUD.ordinal() : Tier.EDGE.ordinal();
    this.nodeBudget = nodeBudget;
    int n = model.size();
    cheapestRest = new double[n + 1];
    for (int k = n - 1; k >= 0; k--) {
      GraphLayer layer = model.layer(k);
      double cheapest =
          Math.min(
              layer.deviceMs(),
              request.hasCloud() ? Math.min(layer.edgeMs(), layer.cloudMs()) : layer.edgeMs());
      cheapestRest[k] = cheapestRest[k + 1] + cheapest;
    }
    tiers = new Tier[n];
    readersAboveDevice = new int[n + 1];
    readersInCloud = new int[n + 1];
  }

  /**
   * The best assignment by the objective's ranking, starting from a known plan of this model (which
   * bounds the search and is returned when nothing beats it), or null when the node budget ran out.
   * For MIN_DEVICE_ENERGY the incumbent must meet the SLO.
   */
  Tier[] search(PartitionPlan incumbent) {
    bestTiers = new Tier[model.size()];
    for (int k = 0; k < model.size(); k++) {
      bestTiers[k] = incumbent.tiers().get(model.original()[k]);
    }
    bestMs = incumbent.totalMs();
    bestJoules = incumbent.deviceEnergyJoules();
    return place(0) ? bestTiers : null;
  }

  private boolean place(int v) {
    if (++nodes > nodeBudget) {
      return false;
    }
    double latency = latency();
    if (latency + cheapestRest[v] > bound()
        || objective == PartitionObjective.MIN_DEVICE_ENERGY
            && !PlanRanking.tied(joules(), bestJoules)
            && joules() > bestJoules) {
      return true;
    }
    if (v == model.size()) {
      if (PlanRanking.compare(true, latency, joules(), 0, true, bestMs, bestJoules, 0, objective)
          < 0) {
        bestMs = latency;
        bestJoules = joules();
        bestTiers = tiers.clone();
      }
      return true;
    }
    int[] reads = model.reads(v);
    int lowest = 0;
    for (int u : reads) {
      lowest = u == model.size() ? lowest : Math.max(lowest, tiers[u].ordinal());
    }
    for (int t = lowest; t <= topTier; t++) {
      tiers[v] = Tier.values()[t];
      ms[t] += model.layer(v).msOn(tiers[v]);
      for (int u : reads) {
        count(u, t, +1);
      }
      boolean finished = place(v + 1);
      for (int u : reads) {
        count(u, t, -1);
      }
      ms[t] -= model.layer(v).msOn(tiers[v]);
      if (!finished) {
        return false;
      }
    }
    tiers[v] = null;
    return true;
  }

  /**
   * A reader at tier t of tensor u joins (+1) or leaves (-1); the tensor crosses a link while it
   * has such readers.
   */
  private void count(int u, int t, int step) {
    int producer = u == model.size() ? 0 : tiers[u].ordinal();
    if (t >= 1 && producer == 0) {
      readersAboveDevice[u] += step;
      if (readersAboveDevice[u] == (step > 0 ? 1 : 0)) {
        uplinked += step * model.bytes(u);
        uplinkTensors += step;
      }
    }
    if (t == 2 && producer <= 1) {
      readersInCloud[u] += step;
      if (readersInCloud[u] == (step > 0 ? 1 : 0)) {
        toCloud += step * model.bytes(u);
        cloudTensors += step;
      }
    }
  }

  private double bound() {
    return objective == PartitionObjective.MIN_DEVICE_ENERGY
        ? request.latencySloMs()
        : bestMs * (1 + 1e-12);
  }

  private double latency() {
    Tier answeredOn = model.answeredOn(tiers);
    return ms[0]
        + ms[1]
        + ms[2]
        + (uplinkTensors > 0 ? request.uplink().transferMs(uplinked) : 0)
        + (cloudTensors > 0 ? request.edgeToCloud().transferMs(toCloud) : 0)
        + (answeredOn == null ? 0 : request.downlinkMs(answeredOn, model.resultBytes()));
  }

  private double joules() {
    Tier answeredOn = model.answeredOn(tiers);
    long received = answeredOn == null ? 0 : model.bytesDownloaded(answeredOn);
    return request.energy() == null ? 0 : request.energy().joules(ms[0], uplinked + received);
  }
}
