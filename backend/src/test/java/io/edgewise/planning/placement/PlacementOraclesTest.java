package io.edgewise.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CP-SAT, the exact oracle of the placement tests and benchmark, against exhaustive enumeration on
 * tiny instances.
 */
class PlacementOraclesTest {

  @Test
  void cpSatEqualsExhaustiveSearchOnTinyInstances() {
    CpSatPlacementOracle cpSat = new CpSatPlacementOracle(10);
    int checked = 0;
    for (long seed = 0; checked < 60; seed++) {
      PlacementProblem problem =
          new PlacementInstances(2 + (int) (seed % 2), 2 + (int) (seed % 3), 2, 0.7).generate(seed);
      int replicas = problem.workloads().stream().mapToInt(Workload::replicas).sum();
      if (replicas > 6) {
        continue;
      }
      CpSatPlacementOracle.Result exact = cpSat.solve(problem);
      assertThat(exact.optimal()).isTrue();
      assertThat(exact.plan().score())
          .as("seed %d", seed)
          .isEqualTo(ExhaustivePlacementOracle.best(problem));
      PlanChecks.assertFeasible(problem, exact.plan(), "cp-sat seed " + seed);
      checked++;
    }
  }
}
