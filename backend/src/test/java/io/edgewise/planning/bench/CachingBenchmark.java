package io.edgewise.planning.bench;

import io.edgewise.planning.lab.caching.CachePolicy;
import io.edgewise.planning.lab.caching.CacheSimulator;
import io.edgewise.planning.lab.caching.CacheStats;
import io.edgewise.planning.lab.caching.CachingScenarios;
import io.edgewise.planning.lab.caching.CachingScenarios.Scenario;
import io.edgewise.planning.lab.caching.DemandForecaster;
import io.edgewise.planning.lab.caching.LruPolicy;
import io.edgewise.planning.lab.caching.PredictivePolicy;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every caching policy against Belady's offline reference on each seeded trace and cache size: hit
 * ratio, byte hit ratio, cold-start seconds and the change in cold-start seconds against LRU; then
 * the predictive policy with its daily season switched off, and its simulation throughput.
 */
class CachingBenchmark {

  @Test
  void policiesAgainstBelady() {
    for (Scenario scenario : CachingScenarios.all()) {
      System.out.printf(
          Locale.ROOT,
          "%n### %s (%,d requests)%n%n",
          scenario.trace().name(),
          scenario.trace().size());
      System.out.println(
          "| cache | policy | hit ratio | byte hit ratio | cold-start s | vs LRU | run ms |");
      System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
      for (long capacity : scenario.capacities()) {
        double lru = Double.NaN;
        for (Supplier<CachePolicy> policy : CachingScenarios.policies()) {
          long start = System.nanoTime();
          CacheStats stats =
              CacheSimulator.run(policy.get(), scenario.trace(), capacity, scenario.cost());
          double ms = (System.nanoTime() - start) / 1e6;
          if (Double.isNaN(lru)) {
            lru = stats.coldStartSeconds();
          }
          System.out.printf(
              Locale.ROOT,
              "| %s | %s | %.3f | %.3f | %,.0f | %+.1f%% | %,.0f |%n",
              gigabytes(capacity),
              stats.policy(),
              stats.hitRatio(),
              stats.byteHitRatio(),
              stats.coldStartSeconds(),
              100 * (stats.coldStartSeconds() / lru - 1),
              ms);
        }
      }
    }
  }

  /**
   * What the daily season adds: the same policy with a one-bucket season (level smoothing only).
   */
  @Test
  void seasonAblation() {
    System.out.printf(
        Locale.ROOT, "%n### Predictive with and without the daily season (cold-start s)%n%n");
    System.out.println("| trace | cache | LRU | with season | without season |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (Scenario scenario : CachingScenarios.all()) {
      for (long capacity : scenario.capacities()) {
        double lru =
            CacheSimulator.run(new LruPolicy(), scenario.trace(), capacity, scenario.cost())
                .coldStartSeconds();
        double with =
            CacheSimulator.run(new PredictivePolicy(), scenario.trace(), capacity, scenario.cost())
                .coldStartSeconds();
        double without =
            CacheSimulator.run(
                    new PredictivePolicy(() -> new DemandForecaster(3_600, 1, 0.2, 0.3), 3_600),
                    scenario.trace(),
                    capacity,
                    scenario.cost())
                .coldStartSeconds();
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %,.0f | %,.0f | %,.0f |%n",
            scenario.trace().name(),
            gigabytes(capacity),
            lru,
            with,
            without);
      }
    }
  }

  @Test
  void predictiveThroughput() {
    System.out.println();
    for (Scenario scenario :
        List.of(CachingScenarios.all().get(1), CachingScenarios.all().get(4))) {
      long capacity = scenario.capacities().get(1);
      CacheSimulator.run(new PredictivePolicy(), scenario.trace(), capacity, scenario.cost());
      long start = System.nanoTime();
      int rounds = 3;
      for (int k = 0; k < rounds; k++) {
        CacheSimulator.run(new PredictivePolicy(), scenario.trace(), capacity, scenario.cost());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "Predictive policy on %s at %s: %,.0f requests/s simulated%n",
          scenario.trace().name(),
          gigabytes(capacity),
          rounds * scenario.trace().size() / seconds);
    }
  }

  private static String gigabytes(long bytes) {
    return bytes / 1_000_000_000L + " GB";
  }
}
