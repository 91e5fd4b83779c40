package io.edgewise.agent.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void ceilingDoublesFromTheBaseUpToTheCap() {
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(1));
    // 1, 2, 4, 8, 16, 32, then min(64, 60) = 60 for ever after
    long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
    for (int attempt = 0; attempt < expected.length; attempt++) {
      assertThat(b.ceiling(attempt)).isEqualTo(Duration.ofSeconds(expected[attempt]));
    }
    assertThat(b.ceiling(1_000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void delaysStayWithinZeroAndTheCeilingAndSpreadOverIt() {
    for (long seed = 0; seed < 50; seed++) {
      Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(seed));
      for (int attempt = 0; attempt < 40; attempt++) {
        assertThat(b.delay(attempt)).isBetween(Duration.ZERO, b.ceiling(attempt));
      }
    }
    Backoff capped = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(42));
    double mean = 0;
    for (int i = 0; i < 10_000; i++) {
      mean += capped.delay(20).toMillis() / 10_000.0;
    }
    // full jitter over [0, 60 000] ms has mean 30 000 ms; 10 000 draws land within 3 %
    assertThat(mean).isBetween(29_100.0, 30_900.0);
  }

  @Test
  void sameSeedGivesTheSameDelays() {
    Backoff a = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(9));
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(9));
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(a.delay(attempt)).isEqualTo(b.delay(attempt));
    }
  }
}
