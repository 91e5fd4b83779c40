package io.edgewise.planning.bench;

import io.edgewise.planning.caching.CacheSimulator;
import io.edgewise.planning.caching.CacheStats;
import io.edgewise.planning.caching.CachePolicy;
import io.edgewise.planning.caching.CachingScenarios;
import io.edgewise.planning.caching.CachingScenarios.Scenario;
import io.edgewise.planning.caching.PredictivePolicy;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every caching policy against Belady's offline reference on each seeded trace and cache size: hit ratio,
 * byte hit ratio, cold-start seconds and the change in cold-start seconds against LRU; then the
 * predictive policy's simulation throughput.
 */
class CachingBenchmark {

  @Test
  void policiesAgainstBelady() {
    for (Scenario scenario : CachingScenarios.all()) {
      System.out.printf(Locale.ROOT, "%n### %s (%,d requests)%n%n", scenario.trace().name(), scenario.trace().size());
      System.out.println("| cache | policy | hit ratio | byte hit ratio | cold-start s | vs LRU |");
      System.out.println("| ---: | --- | ---: | ---: | ---: | ---: |");
      for (long capacity : scenario.capacities()) {
        double lru = Double.NaN;
        for (Supplier<CachePolicy> policy : CachingScenarios.policies()) {
          CacheStats stats = CacheSimulator.run(policy.get(), scenario.trace(), capacity, scenario.cost());
          if (Double.isNaN(lru)) {
            lru = stats.coldStartSeconds();
          }
          System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %,.0f | %+.1f%% |%n", gigabytes(capacity), stats.policy(),
              stats.hitRatio(), stats.byteHitRatio(), stats.coldStartSeconds(), 100 * (stats.coldStartSeconds() / lru - 1));
        }
      }
    }
  }

  @Test
  void predictiveThroughput() {
    Scenario scenario = CachingScenarios.all().get(1);
    long capacity = scenario.capacities().get(1);
    CacheSimulator.run(new PredictivePolicy(), scenario.trace(), capacity, scenario.cost());
    long start = System.nanoTime();
    int rounds = 5;
    for (int k = 0; k < rounds; k++) {
      CacheSimulator.run(new PredictivePolicy(), scenario.trace(), capacity, scenario.cost());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%nPredictive policy on %s at %s: %,.0f requests/s simulated%n", scenario.trace().name(),
        gigabytes(capacity), rounds * scenario.trace().size() / seconds);
  }

  private static String gigabytes(long bytes) {
    return bytes / 1_000_000_000L + " GB";
  }
}
