package io.edgewise.planning.lab.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class TraceGeneratorsTest {

  private static final TraceShape SMALL =
      new TraceShape(50, 50_000_000, 8_000_000_000L, 2, 500, 0.9);

  private static final List<LongFunction<Trace>> GENERATORS =
      List.of(
          seed -> TraceGenerators.zipfDrift(seed, SMALL, 6, 0.3),
          seed -> TraceGenerators.diurnal(seed, SMALL, 4),
          seed -> TraceGenerators.flashCrowd(seed, SMALL, 4, 30, 600),
          seed -> TraceGenerators.newModels(seed, SMALL, 3, 300, 12));

  @Test
  void theSameSeedGivesTheSameTraceAndAnotherSeedAnother() {
    for (LongFunction<Trace> generator : GENERATORS) {
      assertThat(generator.apply(1)).isEqualTo(generator.apply(1));
      assertThat(generator.apply(1)).isNotEqualTo(generator.apply(2));
    }
  }

  @Test
  void requestsAreInTimeOrderWithinTheDurationAndSizesWithinTheRange() {
    for (LongFunction<Trace> generator : GENERATORS) {
      Trace trace = generator.apply(9);
      assertThat(trace.requests())
          .allSatisfy(
              r -> {
                assertThat(r.timeSeconds()).isBetween(0.0, 2 * 86_400.0);
                assertThat(r.sizeBytes()).isBetween(50_000_000L, 8_000_000_000L);
              });
    }
  }

  @Test
  void backgroundTrafficMatchesTheRequestedRate() {
    // 2 days at 500 an hour: 24,000 expected; Poisson noise is ~155, thinning adds none.
    assertThat((double) TraceGenerators.zipfDrift(3, SMALL, 6, 0.3).size())
        .isCloseTo(24_000, within(800.0));
    assertThat((double) TraceGenerators.diurnal(3, SMALL, 4).size())
        .isCloseTo(24_000, within(800.0));
  }

  @Test
  void newModelsAppearOnlyAfterTheyLaunch() {
    Trace trace = TraceGenerators.newModels(5, SMALL, 3, 300, 12);
    assertThat(trace.requests()).anyMatch(r -> r.item().startsWith("new"));
    assertThat(
            trace.requests().stream()
                .filter(r -> r.item().startsWith("new"))
                .map(Request::item)
                .distinct()
                .count())
        .isEqualTo(6);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> TraceGenerators.zipfDrift(1, SMALL, 0, 0.3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TraceGenerators.diurnal(1, SMALL, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TraceShape(0, 1, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
