package io.edgewise.planning.lab.caching;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.caching.LoadCost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Belady's MIN against an exhaustive oracle on equal-size traces: dynamic programming over every
 * (position, resident set) state, trying bypass and every possible victim at each miss.
 */
class BeladyOracleTest {

  private static final LoadCost UNIT = LoadCost.bandwidth(1, 1e18);

  @Test
  void beladyMissesEqualTheExhaustiveOptimumOnTenThousandRandomEqualSizeTraces() {
    Random random = new Random(20261127);
    for (int c = 0; c < 10_000; c++) {
      int items = 2 + random.nextInt(5);
      int slots = 1 + random.nextInt(3);
      Trace trace = randomTrace(random, items, 1 + random.nextInt(16));
      CacheStats belady =
          CacheSimulator.run(BeladyPolicy.furthestNextUse(), trace, slots * 10L, UNIT);
      assertThat(belady.misses())
          .as("trace %d, %d slots: %s", c, slots, trace.requests())
          .isEqualTo(Oracle.minMisses(trace, slots));
      assertThat(belady.coldStartSeconds()).isEqualTo(belady.misses());
      assertThat(CacheSimulator.run(BeladyPolicy.sizeAware(), trace, slots * 10L, UNIT).misses())
          .as("Belady-Size is MIN when sizes are equal")
          .isEqualTo(belady.misses());
    }
  }

  @Test
  void noOnlinePolicyEverBeatsBeladyOnEqualSizeTraces() {
    Random random = new Random(7);
    List<Supplier<CachePolicy>> online =
        List.of(LruPolicy::new, LfuPolicy::new, GdsfPolicy::new, PredictivePolicy::new);
    for (int c = 0; c < 2_000; c++) {
      Trace trace = randomTrace(random, 2 + random.nextInt(30), 1 + random.nextInt(300));
      long capacity = (1 + random.nextInt(10)) * 10L;
      long beladyMisses =
          CacheSimulator.run(BeladyPolicy.furthestNextUse(), trace, capacity, UNIT).misses();
      for (Supplier<CachePolicy> policy : online) {
        CacheStats stats = CacheSimulator.run(policy.get(), trace, capacity, UNIT);
        assertThat(stats.misses())
            .as("%s on trace %d", stats.policy(), c)
            .isGreaterThanOrEqualTo(beladyMisses);
      }
    }
  }

  /** Skewed random requests (a few items dominate) over equal 10-byte items, a second apart. */
  private static Trace randomTrace(Random random, int items, int length) {
    List<Request> requests = new ArrayList<>();
    for (int k = 0; k < length; k++) {
      int item = (int) Math.floor(items * Math.pow(random.nextDouble(), 1.5));
      requests.add(new Request(k, "i" + item, 10));
    }
    return new Trace("random", requests);
  }

  /** Fewest misses over all caching decisions; the resident set is a bit mask over item indices. */
  static final class Oracle {
    static long minMisses(Trace trace, int slots) {
      Map<String, Integer> index = new HashMap<>();
      int[] items =
          trace.requests().stream()
              .mapToInt(r -> index.computeIfAbsent(r.item(), k -> index.size()))
              .toArray();
      return best(items, slots, 0, 0, new HashMap<>());
    }

    private static long best(
        int[] items, int slots, int position, int resident, Map<Long, Long> memo) {
      if (position == items.length) {
        return 0;
      }
      long key = ((long) position << 32) | resident;
      Long known = memo.get(key);
      if (known != null) {
        return known;
      }
      int bit = 1 << items[position];
      long result;
      if ((resident & bit) != 0) {
        result = best(items, slots, position + 1, resident, memo);
      } else {
        long choice = best(items, slots, position + 1, resident, memo);
        if (Integer.bitCount(resident) < slots) {
          choice = Math.min(choice, best(items, slots, position + 1, resident | bit, memo));
        } else {
          for (int victim = resident; victim != 0; victim &= victim - 1) {
            int out = victim & -victim;
            choice =
                Math.min(choice, best(items, slots, position + 1, (resident & ~out) | bit, memo));
          }
        }
        result = 1 + choice;
      }
      memo.put(key, result);
      return result;
    }
  }
}
