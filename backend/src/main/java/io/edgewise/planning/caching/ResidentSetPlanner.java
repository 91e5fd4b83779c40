package io.edgewise.planning.caching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The resident set a plan gives each GPU: the candidates with the highest total expected saved load
 * cost (rate × cost) that fit the capacity, a 0/1 knapsack.
 *
 * <p>Solved exactly by depth-first branch-and-bound with the fractional (Dantzig) bound, candidates
 * in descending value density (Horowitz–Sahni; Martello and Toth, <i>Knapsack Problems</i>, 1990).
 * Strongly correlated instances (value close to proportional to size, as when rates are similar)
 * can make branch and bound exponential, so after {@value #NODE_LIMIT} nodes it stops and also
 * solves a dynamic program on sizes rounded up to a coarse unit (capacity / {@value
 * CoarseKnapsack#UNITS} bytes), keeping the better set; that fallback is always feasible and
 * optimal for the rounded sizes. Ties are deterministic: the first optimum in the canonical order
 * (density, then value, descending, then item id) wins, whatever the input order. Candidates with
 * no value are never chosen.
 */
public final class ResidentSetPlanner {

  static final long NODE_LIMIT = 2_000_000;

  public Set<String> choose(long capacityBytes, List<ResidentCandidate> candidates) {
    if (capacityBytes < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, was " + capacityBytes);
    }
    if (candidates == null) {
      throw new IllegalArgumentException("candidates must not be null");
    }
    Set<String> ids = new HashSet<>();
    List<ResidentCandidate> useful = new ArrayList<>();
    for (ResidentCandidate candidate : candidates) {
      if (!ids.add(candidate.item())) {
        throw new IllegalArgumentException("candidate " + candidate.item() + " appears twice");
      }
      if (candidate.savedSecondsPerSecond() > 0 && candidate.sizeBytes() <= capacityBytes) {
        useful.add(candidate);
      }
    }
    useful.sort(CANONICAL);
    Search search = new Search(useful, capacityBytes);
    search.branch(0, capacityBytes, 0);
    boolean[] best = search.best;
    if (search.nodes > NODE_LIMIT) {
      boolean[] coarse = CoarseKnapsack.solve(useful, capacityBytes);
      if (valueOf(useful, coarse) > search.bestValue + search.epsilon) {
        best = coarse;
      }
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (int k = 0; k < useful.size(); k++) {
      if (best[k]) {
        chosen.add(useful.get(k).item());
      }
    }
    return chosen;
  }

  /**
   * Density descending (zero sizes first), then value descending, then id: the order ties are
   * broken in.
   */
  static final Comparator<ResidentCandidate> CANONICAL =
      Comparator.comparingDouble((ResidentCandidate c) -> -density(c))
          .thenComparingDouble(c -> -c.savedSecondsPerSecond())
          .thenComparing(ResidentCandidate::item);

  private static double density(ResidentCandidate c) {
    return c.sizeBytes() == 0
        ? Double.POSITIVE_INFINITY
        : c.savedSecondsPerSecond() / c.sizeBytes();
  }

  static double valueOf(List<ResidentCandidate> items, boolean[] chosen) {
    double value = 0;
    for (int k = 0; k < items.size(); k++) {
      value += chosen[k] ? items.get(k).savedSecondsPerSecond() : 0;
    }
    return value;
  }

  /**
   * Depth-first search, taking an item before leaving it out; a branch is cut when its bound cannot
   * win.
   */
  private static final class Search {
    private final List<ResidentCandidate> items;
    private final boolean[] current;
    private boolean[] best;
    private double bestValue = -1;
    private final double epsilon;
    private long nodes;

    Search(List<ResidentCandidate> items, long capacity) {
      this.items = items;
      this.current = new boolean[items.size()];
      this.best = new boolean[items.size()];
      double total = items.stream().mapToDouble(ResidentCandidate::savedSecondsPerSecond).sum();
      this.epsilon = 1e-12 * Math.max(total, Double.MIN_NORMAL);
    }

    void branch(int k, long room, double value) {
      nodes++;
      if (value > bestValue + epsilon) {
        bestValue = value;
        best = current.clone();
      }
      if (k == items.size() || nodes > NODE_LIMIT || bound(k, room, value) <= bestValue + epsilon) {
        return;
      }
      ResidentCandidate item = items.get(k);
      if (item.sizeBytes() <= room) {
        current[k] = true;
        branch(k + 1, room - item.sizeBytes(), value + item.savedSecondsPerSecond());
        current[k] = false;
      }
      branch(k + 1, room, value);
    }

    /** Fractional knapsack over items k.. : an upper bound on any completion. */
    private double bound(int k, long room, double value) {
      for (int i = k; i < items.size(); i++) {
        ResidentCandidate item = items.get(i);
        if (item.sizeBytes() <= room) {
          room -= item.sizeBytes();
          value += item.savedSecondsPerSecond();
        } else {
          return value + item.savedSecondsPerSecond() * ((double) room / item.sizeBytes());
        }
      }
      return value;
    }
  }
}
