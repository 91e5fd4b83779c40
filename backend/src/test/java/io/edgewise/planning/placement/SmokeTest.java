package io.edgewise.planning.placement;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() {
    for (long seed = 1; seed <= 5; seed++) {
      PlacementProblem p = new PlacementInstances(10, 25, 4, 0.6).generate(seed);
      for (PlacementPolicy policy : java.util.List.of(new RoundRobinPolicy(), new LeastLoadedPolicy(), new FirstFitDecreasingPolicy(),
          new TimefoldPlacementPolicy(Duration.ofSeconds(2), 50_000))) {
        PlacementPlan plan = policy.place(p);
        System.out.println(seed + " " + policy.name() + " " + plan.score() + " " + plan.solveTime().toMillis() + "ms unplaced=" + plan.unplaced());
      }
    }
  }
}
