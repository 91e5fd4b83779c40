package io.edgewise.planning.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The knapsack planner against brute force over every subset, and its edge cases. */
class ResidentSetPlannerTest {

  private final ResidentSetPlanner planner = new ResidentSetPlanner();

  @Test
  void equalsBruteForceOnTenThousandRandomInstances() {
    Random random = new Random(20261127);
    for (int c = 0; c < 10_000; c++) {
      List<ResidentCandidate> candidates =
          randomCandidates(random, 1 + random.nextInt(14), c % 3 == 0);
      long capacity = (long) (random.nextDouble() * total(candidates) * 0.8);
      Set<String> chosen = planner.choose(capacity, candidates);
      double best = bruteForce(capacity, candidates);
      assertThat(bytes(chosen, candidates)).as("instance %d fits", c).isLessThanOrEqualTo(capacity);
      assertThat(value(chosen, candidates))
          .as("instance %d", c)
          .isCloseTo(best, within(1e-9 * Math.max(1, best)));
      List<ResidentCandidate> shuffled = new ArrayList<>(candidates);
      Collections.shuffle(shuffled, random);
      assertThat(planner.choose(capacity, shuffled))
          .as("instance %d, input order", c)
          .isEqualTo(chosen);
    }
  }

  @Test
  void equalValuesTieDeterministicallyOnTheItemId() {
    // Two identical candidates, room for one: the canonical order (then the id) picks "a".
    List<ResidentCandidate> twins =
        List.of(new ResidentCandidate("b", 10, 2, 1), new ResidentCandidate("a", 10, 2, 1));
    assertThat(planner.choose(15, twins)).containsExactly("a");
  }

  @Test
  void zeroCapacityKeepsOnlyZeroSizeItemsAndItemsLargerThanTheCacheAreLeftOut() {
    List<ResidentCandidate> candidates =
        List.of(
            new ResidentCandidate("free", 0, 1, 1),
            new ResidentCandidate("big", 100, 9, 9),
            new ResidentCandidate("idle", 5, 3, 0));
    assertThat(planner.choose(0, candidates)).containsExactly("free");
    assertThat(planner.choose(50, candidates))
        .as("idle has no value, big does not fit")
        .containsExactly("free");
    assertThat(planner.choose(50, List.of())).isEmpty();
  }

  @Test
  void solvesThreeHundredStronglyCorrelatedModelsWithAFeasibleSetAtLeastAsGoodAsGreedy() {
    // Equal rates make value ≈ proportional to size (fixed 2 s + size / 2 GB/s): the hard case for
    // branch and bound.
    Random random = new Random(3);
    List<ResidentCandidate> candidates = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      long size = 50_000_000L + (long) (random.nextDouble() * 7_950_000_000L);
      candidates.add(new ResidentCandidate("m" + k, size, 2 + size / 2e9, 0.01));
    }
    long capacity = 80_000_000_000L;
    Set<String> chosen = planner.choose(capacity, candidates);
    assertThat(bytes(chosen, candidates)).isLessThanOrEqualTo(capacity);
    assertThat(value(chosen, candidates))
        .isGreaterThanOrEqualTo(greedy(capacity, candidates) - 1e-12);
  }

  @Test
  void rejectsDuplicateIdsAndNegativeCapacity() {
    ResidentCandidate a = new ResidentCandidate("a", 1, 1, 1);
    assertThatThrownBy(() -> planner.choose(10, List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> planner.choose(-1, List.of(a)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResidentCandidate("x", 1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResidentCandidate("x", 1, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Model-like candidates; with {@code coarse} true sizes come from a handful of values, so ties
   * are common.
   */
  private static List<ResidentCandidate> randomCandidates(Random random, int n, boolean coarse) {
    List<ResidentCandidate> candidates = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      long size =
          coarse ? 100L * (1 + random.nextInt(4)) : 1 + (long) (random.nextDouble() * 8_000);
      double rate = coarse ? random.nextInt(3) : random.nextDouble() * 5;
      candidates.add(
          new ResidentCandidate(
              "c" + k, size, coarse ? 1 + random.nextInt(2) : 0.5 + size / 1_000.0, rate));
    }
    return candidates;
  }

  private static double bruteForce(long capacity, List<ResidentCandidate> candidates) {
    double best = 0;
    for (int mask = 0; mask < 1 << candidates.size(); mask++) {
      long size = 0;
      double value = 0;
      for (int k = 0; k < candidates.size(); k++) {
        if ((mask >> k & 1) != 0) {
          size += candidates.get(k).sizeBytes();
          value += candidates.get(k).savedSecondsPerSecond();
        }
      }
      if (size <= capacity) {
        best = Math.max(best, value);
      }
    }
    return best;
  }

  private static double greedy(long capacity, List<ResidentCandidate> candidates) {
    List<ResidentCandidate> sorted = new ArrayList<>(candidates);
    sorted.sort(ResidentSetPlanner.CANONICAL);
    double value = 0;
    for (ResidentCandidate c : sorted) {
      if (c.sizeBytes() <= capacity) {
        capacity -= c.sizeBytes();
        value += c.savedSecondsPerSecond();
      }
    }
    return value;
  }

  private static long total(List<ResidentCandidate> candidates) {
    return candidates.stream().mapToLong(ResidentCandidate::sizeBytes).sum();
  }

  private static long bytes(Set<String> chosen, List<ResidentCandidate> candidates) {
    return candidates.stream()
        .filter(c -> chosen.contains(c.item()))
        .mapToLong(ResidentCandidate::sizeBytes)
        .sum();
  }

  private static double value(Set<String> chosen, List<ResidentCandidate> candidates) {
    return candidates.stream()
        .filter(c -> chosen.contains(c.item()))
        .mapToDouble(ResidentCandidate::savedSecondsPerSecond)
        .sum();
  }
}
