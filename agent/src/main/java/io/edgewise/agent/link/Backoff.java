package io.edgewise.agent.link;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter",
 * 2015): the n-th retry waits a uniform random time in [0, min(cap, base · 2^n)], which spreads a
 * fleet of agents reconnecting at once.
 */
public final class Backoff {
  /** What the agent uses: 1 s growing to a 60 s cap. */
  public static Backoff standard() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random());
  }

  private final long baseMillis;
  private final long capMillis;
  private final Random random;

  public Backoff(Duration base, Duration cap, Random random) {
    this.baseMillis = base.toMillis();
    this.capMillis = cap.toMillis();
    this.random = random;
  }

  /** The ceiling of the {@code attempt}-th wait (attempt 0 is the first retry). */
  public Duration ceiling(int attempt) {
    // past 2^30 every sensible base has long reached the cap, and the product cannot overflow
    int doublings = Math.min(30, Math.max(0, attempt));
    return Duration.ofMillis(Math.min(capMillis, baseMillis * (1L << doublings)));
  }

  /** A wait in [0, ceiling(attempt)]. */
  public Duration delay(int attempt) {
    long ceiling = ceiling(attempt).toMillis();
    return Duration.ofMillis(ceiling == 0 ? 0 : (long) (random.nextDouble() * (ceiling + 1)));
  }
}
