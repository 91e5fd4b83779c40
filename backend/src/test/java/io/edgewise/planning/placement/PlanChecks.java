package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.lab.placement.FirstFitDecreasingPolicy;
import io.edgewise.planning.lab.placement.LeastLoadedPolicy;
import io.edgewise.planning.lab.placement.RoundRobinPolicy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the hard constraints on a public plan from the public problem alone, independently of the
 * solver's score.
 */
public final class PlanChecks {
  private PlanChecks() {}

  public static void assertFeasible(PlacementProblem problem, PlacementPlan plan, String label) {
    Map<String, GpuSlot> gpus =
        problem.gpus().stream().collect(Collectors.toMap(GpuSlot::id, Function.identity()));
    Map<String, Workload> workloads =
        problem.workloads().stream().collect(Collectors.toMap(Workload::id, Function.identity()));
    Map<String, Long> mib = new HashMap<>();
    plan.gpusByWorkload()
        .forEach(
            (w, list) -> {
              Set<String> nodes = new HashSet<>();
              for (String gpu : list) {
                mib.merge(gpu, workloads.get(w).memoryMib(), Long::sum);
                assertThat(nodes.add(gpus.get(gpu).nodeId()))
                    .as("%s: replicas of %s share node %s", label, w, gpus.get(gpu).nodeId())
                    .isTrue();
              }
              assertThat(list.size())
                  .as("%s: replicas of %s", label, w)
                  .isLessThanOrEqualTo(workloads.get(w).replicas());
              assertThat(plan.p95MsByWorkload().get(w))
                  .as("%s: p95 of %s", label, w)
                  .isLessThanOrEqualTo(workloads.get(w).latencySloMs() + 1e-9);
            });
    mib.forEach(
        (gpu, used) ->
            assertThat(used)
                .as("%s: memory on %s", label, gpu)
                .isLessThanOrEqualTo(gpus.get(gpu).freeMemoryMib()));
    plan.utilizationByGpu()
        .forEach(
            (gpu, rho) ->
                assertThat(rho)
                    .as("%s: utilization of %s", label, gpu)
                    .isLessThanOrEqualTo(problem.utilizationCap() + 1e-9));
  }

  static double totalRps(PlacementProblem problem) {
    return problem.workloads().stream().mapToDouble(Workload::totalRequestsPerSecond).sum();
  }

  public static List<PlacementPolicy> baselines() {
    return List.of(new RoundRobinPolicy(), new LeastLoadedPolicy(), new FirstFitDecreasingPolicy());
  }
}
