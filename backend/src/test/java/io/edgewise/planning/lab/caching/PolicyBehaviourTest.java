package io.edgewise.planning.lab.caching;

import static io.edgewise.planning.lab.caching.PolicyEdgeCasesTest.COST;
import static io.edgewise.planning.lab.caching.PolicyEdgeCasesTest.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.planning.caching.LoadCost;
import org.junit.jupiter.api.Test;

/** What distinguishes each policy, on hand-made traces whose outcome can be worked out by hand. */
class PolicyBehaviourTest {

  @Test
  void lruEvictsTheLeastRecentlyUsed() {
    // Room for two. At c, b (used at 1) is older than a (used at 2): b goes, so a hits again at 4.
    assertThat(
            CacheSimulator.run(
                    new LruPolicy(),
                    trace(0, "a", 100, 1, "b", 100, 2, "a", 100, 3, "c", 100, 4, "a", 100),
                    200,
                    COST)
                .hits())
        .isEqualTo(2);
  }

  @Test
  void lfuEvictsTheLeastFrequentlyUsed() {
    // At c, a has 2 requests and b 1: b goes although a is older, so a hits at 4. LRU would evict
    // a.
    Trace trace = trace(0, "a", 100, 1, "a", 100, 2, "b", 100, 3, "c", 100, 4, "a", 100);
    assertThat(CacheSimulator.run(new LfuPolicy(), trace, 200, COST).hits()).isEqualTo(2);
    assertThat(CacheSimulator.run(new LruPolicy(), trace, 200, COST).hits()).isEqualTo(1);
  }

  @Test
  void gdsfKeepsSmallCostlyItemsOverLargeCheapOnes() {
    // Load cost is mostly the fixed 1 s, so per byte the 100-byte items are worth ~6× the 900-byte
    // one
    // (1.1/100 against 1.9/900). Capacity 1,000: at s2, GDSF evicts big although s1 is older, so s1
    // hits.
    Trace trace = trace(0, "s1", 100, 1, "big", 900, 2, "s2", 100, 3, "s1", 100);
    assertThat(CacheSimulator.run(new GdsfPolicy(), trace, 1_000, COST).hits()).isEqualTo(1);
    assertThat(CacheSimulator.run(new LruPolicy(), trace, 1_000, COST).hits()).isZero();
  }

  @Test
  void beladyEvictsTheItemRequestedFurthestInTheFuture() {
    // At c: a is next used at 4, b at 6; MIN evicts b, so c (3, 5) and a (4) hit and only b misses
    // again.
    // LRU evicts a instead: a misses at 4 and pushes out b: 2 hits.
    Trace trace =
        trace(
            0, "a", 100, 1, "b", 100, 2, "c", 100, 3, "c", 100, 4, "a", 100, 5, "c", 100, 6, "b",
            100);
    assertThat(CacheSimulator.run(BeladyPolicy.furthestNextUse(), trace, 200, COST).hits())
        .isEqualTo(3);
    assertThat(CacheSimulator.run(new LruPolicy(), trace, 200, COST).hits()).isEqualTo(2);
  }

  @Test
  void beladyBypassesAnItemNeverRequestedAgain() {
    Trace trace = trace(0, "a", 100, 1, "b", 100, 2, "once", 100, 3, "a", 100, 4, "b", 100);
    assertThat(CacheSimulator.run(BeladyPolicy.furthestNextUse(), trace, 200, COST).hits())
        .isEqualTo(2);
  }

  @Test
  void predictiveDoesNotLetAOneOffRequestDisplaceAnItemInSteadyUse() {
    // "hot" is requested every minute for an hour; a single request for "cold" of the same size
    // must not evict it.
    Object[] rows = new Object[3 * 62];
    for (int k = 0; k < 60; k++) {
      rows[3 * k] = k * 60.0;
      rows[3 * k + 1] = "hot";
      rows[3 * k + 2] = 500;
    }
    rows[180] = 3_600.0;
    rows[181] = "cold";
    rows[182] = 500;
    rows[183] = 3_601.0;
    rows[184] = "hot";
    rows[185] = 500;
    CacheStats predictive = CacheSimulator.run(new PredictivePolicy(), trace(rows), 500, COST);
    CacheStats lru = CacheSimulator.run(new LruPolicy(), trace(rows), 500, COST);
    assertThat(predictive.hits()).isEqualTo(60);
    assertThat(lru.hits()).isEqualTo(59);
  }

  @Test
  void simulatorRejectsAPolicyThatNamesANonResidentVictim() {
    CachePolicy broken =
        new CachePolicy() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public void onRequest(
              int position, Request request, double loadCostSeconds, boolean hit) {}

          @Override
          public String victim(int position, Request request) {
            return "ghost";
          }

          @Override
          public void onInsert(int position, Request request, double loadCostSeconds) {}

          @Override
          public void onEvict(String item) {}
        };
    assertThatThrownBy(() -> CacheSimulator.run(broken, trace(0, "a", 100, 1, "b", 100), 100, COST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  void loadCostRejectsNonPositiveBandwidth() {
    assertThatThrownBy(() -> LoadCost.bandwidth(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadCost.bandwidth(-1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
