package io.edgewise.agent.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls until something is there, failing with what was last seen. */
final class Wait {
  private Wait() {}

  static <T> T until(
      String what, Duration limit, Supplier<Optional<T>> probe, Supplier<String> lastSeen) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "waited " + limit.toSeconds() + " s for " + what + "; last seen: " + lastSeen.get());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
