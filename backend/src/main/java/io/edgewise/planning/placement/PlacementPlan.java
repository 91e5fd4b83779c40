package io.edgewise.planning.placement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where every workload runs and what that predicts.
 *
 * @param gpusByWorkload the GPU of each placed replica
 * @param utilizationByGpu total predicted utilisation of every GPU, background included
 * @param p95MsByWorkload end to end (fixed + worst source RTT + batch fill + the p95 bound of its
 *     GPU's shared queue, {@link SharedGpuQueue}), worst replica; infinite when a replica's GPU is
 *     overloaded
 * @param networkMs request-weighted mean RTT from the requests' sites to their GPUs
 * @param moved replicas whose GPU changed against the previous plan (re-planning only)
 */
public record PlacementPlan(
    Map<String, List<String>> gpusByWorkload,
    Map<String, Double> utilizationByGpu,
    Map<String, Double> p95MsByWorkload,
    Map<String, Integer> batchSizeByWorkload,
    List<Unplaced> unplaced,
    int gpusUsed,
    double networkMs,
    PlacementScore score,
    int moved,
    Duration solveTime) {

  public PlacementPlan withMoved(int count) {
    return new PlacementPlan(
        gpusByWorkload,
        utilizationByGpu,
        p95MsByWorkload,
        batchSizeByWorkload,
        unplaced,
        gpusUsed,
        networkMs,
        score,
        count,
        solveTime);
  }
}
