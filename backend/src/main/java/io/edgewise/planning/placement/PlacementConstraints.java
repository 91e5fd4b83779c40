package io.edgewise.planning.placement;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The placement rules, one per method (Kubernetes filter plugins become hard constraints, score
 * plugins soft ones). Hard: memory, utilisation cap, latency SLO, anti-affinity. Medium: unplaced
 * request rate. Soft: GPUs used (weighted above any network total) then rate-weighted RTT.
 */
public final class PlacementConstraints implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      gpuMemory(factory),
      utilizationCap(factory),
      latencySlo(factory),
      antiAffinity(factory),
      unplacedRequests(factory),
      gpusUsed(factory),
      networkLatency(factory)
    };
  }

  /** The models on a GPU fit in its memory left after reservations; penalty: MiB over. */
  Constraint gpuMemory(ConstraintFactory factory) {
    return factory
        .forEach(Replica.class)
        .groupBy(Replica::gpu, sumLong(Replica::memoryMib))
        .filter((gpu, mib) -> mib > gpu.capacityMib)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (gpu, mib) -> mib - gpu.capacityMib)
        .asConstraint("GPU memory");
  }

  /** Background plus planned utilisation stays under the cap; penalty: ppm over. */
  Constraint utilizationCap(ConstraintFactory factory) {
    return factory
        .forEach(Replica.class)
        .groupBy(Replica::gpu, sumLong(Replica::loadPpm))
        .filter((gpu, load) -> gpu.backgroundPpm + load > gpu.capPpm)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, (gpu, load) -> gpu.backgroundPpm + load - gpu.capPpm)
        .asConstraint("utilization cap");
  }

  /**
   * Every resident meets its SLO: fixed + RTT + fill + the wait quantile of the GPU's shared queue
   * ({@link SharedGpuQueue}) + its own service quantile, i.e. the wait quantile stays within the
   * smallest wait budget of the residents; penalty: µs over.
   */
  Constraint latencySlo(ConstraintFactory factory) {
    return factory
        .forEach(Replica.class)
        .groupBy(Replica::gpu, toList(Replica::demand), min(Replica::waitBudgetMicros))
        .filter((gpu, residents, budget) -> SharedGpuQueue.waitMicros(gpu, residents) > budget)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            (gpu, residents, budget) -> SharedGpuQueue.waitMicros(gpu, residents) - budget)
        .asConstraint("latency SLO");
  }

  /** Replicas of one workload sit on different nodes; penalty: one per pair sharing a node. */
  Constraint antiAffinity(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            Replica.class,
            Joiners.equal(Replica::workloadIndex),
            Joiners.equal(r -> r.gpu().nodeIndex))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> 1)
        .asConstraint("anti-affinity");
  }

  /** A replica without a GPU loses its request rate; penalty: milli-requests per second. */
  Constraint unplacedRequests(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Replica.class)
        .filter(r -> r.gpu() == null)
        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, r -> r.demand().replicaRateMilli)
        .asConstraint("unplaced requests");
  }

  /** Each GPU in use costs more than all network latency together, so fewer GPUs always wins. */
  Constraint gpusUsed(ConstraintFactory factory) {
    return factory
        .forEach(Replica.class)
        .groupBy(Replica::gpu)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, gpu -> gpu.openCost)
        .asConstraint("GPUs used");
  }

  /** Requests travel from their sites to the GPU's site; penalty: milli-rps × RTT ms. */
  Constraint networkLatency(ConstraintFactory factory) {
    return factory
        .forEach(Replica.class)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.demand().networkCost(r.gpu()))
        .asConstraint("network latency");
  }
}
