package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A policy that keeps its residents ordered by a rank and evicts the lowest. Ties on the rank fall
 * to the tiebreak (usually the last use, older first), then to the item id, so every run is
 * deterministic.
 */
abstract class RankedPolicy implements CachePolicy {

  /** A resident's place in the eviction order: lowest first. */
  record Rank(double primary, double tiebreak, String item) {}

  private static final Comparator<Rank> ORDER =
      Comparator.comparingDouble(Rank::primary)
          .thenComparingDouble(Rank::tiebreak)
          .thenComparing(Rank::item);

  private final TreeSet<Rank> order = new TreeSet<>(ORDER);
  private final Map<String, Rank> ranks = new HashMap<>();

  @Override
  public void start(Trace trace, long capacityBytes, LoadCost cost) {
    order.clear();
    ranks.clear();
  }

  @Override
  public String victim(int position, Request request) {
    return order.isEmpty() ? null : order.first().item();
  }

  @Override
  public void onEvict(String item) {
    unrank(item);
  }

  /** Sets (or moves) a resident's rank. */
  final void rank(String item, double primary, double tiebreak) {
    unrank(item);
    Rank rank = new Rank(primary, tiebreak, item);
    ranks.put(item, rank);
    order.add(rank);
  }

  private void unrank(String item) {
    Rank rank = ranks.remove(item);
    if (rank != null) {
      order.remove(rank);
    }
  }

  final boolean isResident(String item) {
    return ranks.containsKey(item);
  }

  /** The next victim's rank, or null when nothing is resident. */
  final Rank lowest() {
    return order.isEmpty() ? null : order.first();
  }

  /** Residents from the lowest rank up, for policies that look past the first victim. */
  final Iterable<Rank> ascending() {
    return order;
  }

  final Iterable<String> residents() {
    return ranks.keySet();
  }
}
