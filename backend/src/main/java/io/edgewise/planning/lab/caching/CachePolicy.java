package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;

/**
 * A cache replacement policy, driven by {@link CacheSimulator}. The simulator owns the resident set
 * and the byte accounting; a policy sees every request, decides whether a missed item is cached at
 * all (admission) and names the residents to evict (victims) until it fits.
 *
 * <p>Call order per request: {@link #onRequest}; on a miss of an item that fits, {@link #admit},
 * then {@link #victim} and {@link #onEvict} as often as needed, then {@link #onInsert}. A policy is
 * reusable: {@link #start} resets it.
 */
public interface CachePolicy {

  String name();

  /** Resets all state before a run; an offline policy reads the future from the trace here. */
  default void start(Trace trace, long capacityBytes, LoadCost cost) {}

  /**
   * Every request, before admission or eviction.
   *
   * @param position the request's index in the trace
   * @param loadCostSeconds what a miss of this request costs
   * @param hit whether the item (at this size) is resident
   */
  void onRequest(int position, Request request, double loadCostSeconds, boolean hit);

  /**
   * Whether to cache a missed item that fits the cache; false serves it without caching (a bypass,
   * still a miss). Default: always.
   *
   * @param loadCostSeconds what this miss costs
   * @param freeBytes bytes free before any eviction
   */
  default boolean admit(int position, Request request, double loadCostSeconds, long freeBytes) {
    return true;
  }

  /** The resident item to evict next to make room for {@code request}; never the requested item. */
  String victim(int position, Request request);

  void onInsert(int position, Request request, double loadCostSeconds);

  /** The simulator removed {@code item} (a victim, or an old version replaced by a new size). */
  void onEvict(String item);
}
