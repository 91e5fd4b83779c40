package io.edgewise.planning.lab.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.planning.caching.LoadCost;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Edge cases every policy must handle the same way, because the simulator owns them. */
class PolicyEdgeCasesTest {

  /** 1 s per load plus 1 s per 1,000 bytes. */
  static final LoadCost COST = LoadCost.bandwidth(1, 1_000);

  static Stream<Supplier<CachePolicy>> policies() {
    return CachingScenarios.policies().stream();
  }

  static Trace trace(Object... timeItemSize) {
    List<Request> requests = new ArrayList<>();
    for (int k = 0; k < timeItemSize.length; k += 3) {
      requests.add(
          new Request(
              ((Number) timeItemSize[k]).doubleValue(),
              (String) timeItemSize[k + 1],
              ((Number) timeItemSize[k + 2]).longValue()));
    }
    return new Trace("test", requests);
  }

  @ParameterizedTest
  @MethodSource("policies")
  void anEmptyTraceHasNoRequestsAndZeroRatios(Supplier<CachePolicy> policy) {
    CacheStats stats = CacheSimulator.run(policy.get(), new Trace("empty", List.of()), 1_000, COST);
    assertThat(stats.requests()).isZero();
    assertThat(stats.hitRatio()).isZero();
    assertThat(stats.byteHitRatio()).isZero();
    assertThat(stats.coldStartSeconds()).isZero();
  }

  @ParameterizedTest
  @MethodSource("policies")
  void zeroCapacityMissesEveryRequestAndPaysEveryLoad(Supplier<CachePolicy> policy) {
    // Three loads of 500 bytes: 3 × (1 + 0.5) s.
    CacheStats stats =
        CacheSimulator.run(policy.get(), trace(0, "a", 500, 1, "a", 500, 2, "b", 500), 0, COST);
    assertThat(stats.hits()).isZero();
    assertThat(stats.coldStartSeconds()).isCloseTo(4.5, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void anItemLargerThanTheCacheBypassesItAsAMissWithItsColdStart(Supplier<CachePolicy> policy) {
    // "a" stays resident; "huge" (2,000 bytes > 1,000) costs 1 + 2 s each time and never displaces
    // "a".
    CacheStats stats =
        CacheSimulator.run(
            policy.get(),
            trace(0, "a", 400, 1, "huge", 2_000, 2, "a", 400, 3, "huge", 2_000, 4, "a", 400),
            1_000,
            COST);
    assertThat(stats.hits()).isEqualTo(2);
    assertThat(stats.bytesHit()).isEqualTo(800);
    assertThat(stats.coldStartSeconds()).isCloseTo(1.4 + 3 + 3, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void aRepeatedItemMissesOnceThenHits(Supplier<CachePolicy> policy) {
    CacheStats stats =
        CacheSimulator.run(
            policy.get(), trace(0, "a", 100, 0, "a", 100, 1, "a", 100, 2, "a", 100), 100, COST);
    assertThat(stats.hits()).isEqualTo(3);
    assertThat(stats.byteHitRatio()).isCloseTo(0.75, within(1e-12));
    assertThat(stats.coldStartSeconds()).isCloseTo(1.1, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void aNewSizeForTheSameIdIsANewVersionThatMissesAndReplacesTheOld(Supplier<CachePolicy> policy) {
    // v1 (300 B) hits once; v2 (600 B) misses and replaces it; v2 then hits. Both fit a 1,000-byte
    // cache
    // together, so a hit on v1 after v2 would show the old copy was kept: it must miss.
    CacheStats stats =
        CacheSimulator.run(
            policy.get(),
            trace(0, "m", 300, 1, "m", 300, 2, "m", 600, 3, "m", 600, 4, "m", 300),
            1_000,
            COST);
    assertThat(stats.hits()).isEqualTo(2);
    assertThat(stats.coldStartSeconds()).isCloseTo(1.3 + 1.6 + 1.3, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void tiesAreBrokenTheSameWayEveryRun(Supplier<CachePolicy> policy) {
    Trace trace =
        TraceGenerators.zipfDrift(11, new TraceShape(30, 100, 100, 0.5, 400, 0.8), 3, 0.5);
    CacheStats first = CacheSimulator.run(policy.get(), trace, 500, COST);
    CacheStats again = CacheSimulator.run(policy.get(), trace, 500, COST);
    CachePolicy reused = policy.get();
    CacheSimulator.run(reused, trace, 700, COST);
    assertThat(again).isEqualTo(first);
    assertThat(CacheSimulator.run(reused, trace, 500, COST))
        .as("a reused policy starts afresh")
        .isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("policies")
  void equalCandidatesEvictTheLeastRecentlyUsedFirst(Supplier<CachePolicy> policy) {
    // a and b are alike (one request each, same size); c needs a slot: a, the older, goes and b
    // hits at 3.
    // Evicting b on the tie would give 0 hits. Belady and Predictive may bypass c instead, which
    // also keeps b.
    CachePolicy p = policy.get();
    CacheStats stats =
        CacheSimulator.run(p, trace(0, "a", 100, 1, "b", 100, 2, "c", 100, 3, "b", 100), 200, COST);
    assertThat(stats.hits()).as(p.name()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("policies")
  void rejectsNegativeCapacity(Supplier<CachePolicy> policy) {
    assertThatThrownBy(() -> CacheSimulator.run(policy.get(), trace(0, "a", 1), -1, COST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }
}
