package io.edgewise.planning.lab.caching;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.lab.caching.CachingScenarios.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The target on every seeded trace and cache size: the predictive policy incurs no more
 * cold-start seconds than LRU or GDSF, and at least 15% fewer than LRU on the diurnal and drift
 * traces.
 */
class PredictiveTargetsTest {

  @Test
  void predictiveBeatsLruAndGdsfOnColdStartSecondsOnEveryGeneratedTrace() {
    for (Scenario scenario : CachingScenarios.all()) {
      for (long capacity : scenario.capacities()) {
        double lru =
            CacheSimulator.run(new LruPolicy(), scenario.trace(), capacity, scenario.cost())
                .coldStartSeconds();
        double gdsf =
            CacheSimulator.run(new GdsfPolicy(), scenario.trace(), capacity, scenario.cost())
                .coldStartSeconds();
        double predictive =
            CacheSimulator.run(new PredictivePolicy(), scenario.trace(), capacity, scenario.cost())
                .coldStartSeconds();
        String where = scenario.trace().name() + " at " + capacity / 1_000_000_000L + " GB";
        assertThat(predictive).as("predictive vs LRU on " + where).isLessThanOrEqualTo(lru);
        assertThat(predictive).as("predictive vs GDSF on " + where).isLessThanOrEqualTo(gdsf);
        if (scenario.diurnalOrDrift()) {
          assertThat(predictive).as("15% under LRU on " + where).isLessThanOrEqualTo(0.85 * lru);
        }
      }
    }
  }
}
