package io.edgewise.planning;

import io.edgewise.planning.ComputedPlan.Entry;
import io.edgewise.planning.PlacementMapping.EdgeDemand;
import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.partitioning.PartitionPlan;
import io.edgewise.planning.partitioning.PartitionRequest;
import io.edgewise.planning.partitioning.PartitionResult;
import io.edgewise.planning.partitioning.Partitioner;
import io.edgewise.planning.placement.PlacementPlan;
import io.edgewise.planning.placement.PlacementProblem;
import io.edgewise.planning.placement.PlacementScore;
import io.edgewise.planning.placement.TimefoldPlacementPolicy;
import io.edgewise.planning.placement.Unplaced;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs the three engines over a tenant's inputs: partition every deployment (objective and strategy
 * as it asks), place the edge parts on GPUs (incrementally against the previous plan when there is
 * one), then choose what each GPU keeps warm. Plain Java: the service reads inputs and stores
 * results around it.
 */
public final class PlanComputer {

  private final PlanningConfig config;
  private final Partitioner partitioner = new Partitioner();

  public PlanComputer(PlanningConfig config) {
    this.config = config;
  }

  /**
   * @param previousGpus the GPUs of each deployment in the tenant's previous plan (empty for a
   *     first plan)
   */
  public ComputedPlan compute(PlanInputs inputs, Map<UUID, List<UUID>> previousGpus) {
    TierHardware hw = TierHardware.of(inputs, config.gpuEfficiency(), config.cloudGflops());
    List<Entry> entries = new ArrayList<>();
    List<Partitioned> atTheEdge = partitionAll(inputs, hw, entries);
    List<EdgeDemand> demands = atTheEdge.stream().map(Partitioned::demand).toList();
    PlacementProblem problem = PlacementMapping.problem(inputs, demands, hw, config);
    TimefoldPlacementPolicy solver = new TimefoldPlacementPolicy(config.solverTimeLimit());
    PlacementPlan placement =
        previousGpus.isEmpty()
            ? solver.place(problem)
            : solver.replan(problem, PreviousPlacement.of(previousGpus));
    atTheEdge.forEach(p -> entries.add(placed(p, placement)));
    entries.sort(Comparator.comparing(Entry::deploymentName));
    List<ComputedPlan.GpuLoad> gpus = ResidentSets.choose(inputs, placement, config);
    return new ComputedPlan(
        entries,
        gpus,
        solver.name(),
        describe(placement.score()),
        placement.solveTime().toNanos() / 1e6,
        placement.moved(),
        placement.gpusUsed(),
        attainment(entries, inputs));
  }

  /**
   * Partitions every deployment; adds the entries that need no GPU and returns those whose edge
   * part must be placed.
   */
  private List<Partitioned> partitionAll(PlanInputs inputs, TierHardware hw, List<Entry> entries) {
    Map<UUID, SiteInput> sites = TierHardware.sitesById(inputs);
    // Deployments of one version to similar fleets pose the same problem: solve each distinct one
    // once.
    Map<PartitionRequest, PartitionResult> solved = new HashMap<>();
    List<Partitioned> atTheEdge = new ArrayList<>();
    for (DeploymentInput d : inputs.deployments()) {
      PartitionResult result;
      try {
        result =
            solved.computeIfAbsent(
                inputs
                    .measuredScale(d.id())
                    .apply(PartitionMapping.request(d, sites.get(d.homeSiteId()), hw, config)),
                partitioner::plan);
      } catch (IllegalArgumentException e) {
        // One deployment's unusable inputs must not cost the tenant its whole plan.
        entries.add(unplaced(d, null, "cannot partition this model: " + e.getMessage()));
        continue;
      }
      PartitionPlan chosen = PartitionMapping.chosen(d, result);
      PartitionSummary summary = PartitionMapping.summary(d, result, chosen, config);
      if (d.minAccuracy() != null && chosen.accuracy() < d.minAccuracy()) {
        entries.add(
            unplaced(
                d,
                summary,
                "no exit of this model version, nor the full model, reaches the minimum accuracy "
                    + d.minAccuracy()));
      } else if (PartitionMapping.usesEdge(chosen)) {
        atTheEdge.add(new Partitioned(d, chosen, summary));
      } else {
        entries.add(
            new Entry(
                d.id(),
                d.name(),
                PlanOutcome.OFF_EDGE,
                null,
                List.of(),
                null,
                chosen.latency().totalMs(),
                summary));
      }
    }
    return atTheEdge;
  }

  /**
   * A deployment's entry after placement: PLACED when any replica has a GPU (the reason then says
   * what is missing).
   */
  private static Entry placed(Partitioned p, PlacementPlan placement) {
    DeploymentInput d = p.deployment();
    String key = d.id().toString();
    String reason =
        placement.unplaced().stream()
            .filter(u -> u.workloadId().equals(key))
            .map(Unplaced::reason)
            .findFirst()
            .map(r -> p.plan().totalMs() <= d.latencySloMs() ? r : sloOutOfReach(d, p.plan()))
            .orElse(null);
    List<UUID> gpus =
        placement.gpusByWorkload().getOrDefault(key, List.of()).stream()
            .map(UUID::fromString)
            .toList();
    if (gpus.isEmpty()) {
      return unplaced(d, p.summary(), reason == null ? "no GPU was assigned" : reason);
    }
    return new Entry(
        d.id(),
        d.name(),
        PlanOutcome.PLACED,
        reason,
        gpus,
        placement.batchSizeByWorkload().get(key),
        placement.p95MsByWorkload().get(key),
        p.summary());
  }

  /**
   * When the partition alone misses the whole SLO, that — not the GPUs — is what the operator must
   * change. (A plan that only misses the partition's budget went to placement, which judged it
   * against the whole SLO.)
   */
  private static String sloOutOfReach(DeploymentInput d, PartitionPlan plan) {
    var l = plan.latency();
    return String.format(
        Locale.ROOT,
        "the %s plan takes %.1f ms before any queueing (device %.1f, uplink %.1f, edge %.1f, "
            + "edge→cloud %.1f, cloud %.1f, downlink %.1f ms), above the %.0f ms SLO",
        d.strategy(),
        l.totalMs(),
        l.deviceMs(),
        l.uplinkMs(),
        l.edgeMs(),
        l.edgeToCloudMs(),
        l.cloudMs(),
        l.downlinkMs(),
        d.latencySloMs());
  }

  /**
   * The placement score as operators read it: unserved load first, then GPUs, then network latency.
   */
  static String describe(PlacementScore score) {
    return String.format(
        Locale.ROOT,
        "%.1f rps unserved, %d GPUs, %.1f rps·ms network",
        score.unservedRps(),
        score.gpusUsed(),
        score.networkRpsMs());
  }

  private static Entry unplaced(DeploymentInput d, PartitionSummary summary, String reason) {
    return new Entry(
        d.id(), d.name(), PlanOutcome.UNPLACED, reason, List.of(), null, null, summary);
  }

  /**
   * Share of the request rate predicted to be served within its SLO (a deployment missing some
   * replicas counts for the share its placed replicas carry); by count when no fleet sends
   * requests.
   */
  static double attainment(List<Entry> entries, PlanInputs inputs) {
    Map<UUID, DeploymentInput> byId =
        inputs.deployments().stream().collect(Collectors.toMap(DeploymentInput::id, d -> d));
    boolean byRate =
        entries.stream().mapToDouble(e -> byId.get(e.deploymentId()).requestsPerSecond()).sum() > 0;
    double total = 0;
    double met = 0;
    for (Entry e : entries) {
      DeploymentInput d = byId.get(e.deploymentId());
      double weight = byRate ? d.requestsPerSecond() : 1;
      total += weight;
      if (e.outcome().meets(e.p95Ms(), d.latencySloMs())) {
        met +=
            e.outcome() == PlanOutcome.PLACED
                ? weight * Math.min(1.0, e.gpuIds().size() / (double) d.replicas())
                : weight;
      }
    }
    return total == 0 ? 1 : met / total;
  }

  private record Partitioned(
      DeploymentInput deployment, PartitionPlan plan, PartitionSummary summary) {
    EdgeDemand demand() {
      return new EdgeDemand(
          deployment, plan.latency().edgeMs(), plan.latency().totalMs() - plan.latency().edgeMs());
    }
  }
}
