package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.HashMap;
import java.util.Map;

/**
 * Replays a trace through a policy with a byte capacity and counts hits, bytes hit and cold-start
 * seconds.
 *
 * <p>Every miss costs its load seconds, whether or not the policy caches the item. An item larger
 * than the capacity is served without caching (bypass). A request whose size differs from the
 * resident copy's is a new version: the old copy is evicted and the request is a miss.
 */
public final class CacheSimulator {

  private CacheSimulator() {}

  public static CacheStats run(CachePolicy policy, Trace trace, long capacityBytes, LoadCost cost) {
    if (policy == null || trace == null || cost == null) {
      throw new IllegalArgumentException("policy, trace and cost are required");
    }
    if (capacityBytes < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, was " + capacityBytes);
    }
    policy.start(trace, capacityBytes, cost);
    Map<String, Long> resident = new HashMap<>();
    long used = 0;
    long hits = 0;
    long bytesRequested = 0;
    long bytesHit = 0;
    double coldStart = 0;
    for (int position = 0; position < trace.size(); position++) {
      Request request = trace.requests().get(position);
      String item = request.item();
      long size = request.sizeBytes();
      Long residentSize = resident.get(item);
      if (residentSize != null && residentSize != size) {
        used -= resident.remove(item);
        policy.onEvict(item);
        residentSize = null;
      }
      double seconds = cost.seconds(item, size);
      boolean hit = residentSize != null;
      policy.onRequest(position, request, seconds, hit);
      bytesRequested += size;
      if (hit) {
        hits++;
        bytesHit += size;
        continue;
      }
      coldStart += seconds;
      if (size > capacityBytes || !policy.admit(position, request, seconds, capacityBytes - used)) {
        continue;
      }
      while (used + size > capacityBytes) {
        String victim = policy.victim(position, request);
        Long victimSize = victim == null ? null : resident.remove(victim);
        if (victimSize == null) {
          throw new IllegalStateException(
              policy.name() + " named a victim that is not resident: " + victim);
        }
        used -= victimSize;
        policy.onEvict(victim);
      }
      resident.put(item, size);
      used += size;
      policy.onInsert(position, request, seconds);
    }
    return new CacheStats(policy.name(), trace.size(), hits, bytesRequested, bytesHit, coldStart);
  }
}
