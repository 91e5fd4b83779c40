package io.edgewise.planning.caching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Belady's MIN (Belady, IBM Systems Journal 1966), an offline policy that reads the future from the trace:
 * evict the resident whose next request is furthest away, and do not cache a missed item whose next
 * request is further away than that victim's (bypass). With equal sizes and costs this minimises misses and
 * is the exact optimum.
 *
 * <p>With variable sizes exact offline caching is NP-hard, and MIN is not optimal; {@link #sizeAware()} is
 * the Belady-Size heuristic (rank by next-use distance × size, as in LRB, NSDI'20). Either is reported as an
 * offline reference, not as a proven bound, on variable-size traces: an online policy can beat it there.
 */
public final class BeladyPolicy extends RankedPolicy {

  private final boolean sizeAware;
  private int[] nextUse = new int[0];
  private final Map<String, Integer> residentNext = new HashMap<>();
  private final Map<String, Long> residentSize = new HashMap<>();

  private BeladyPolicy(boolean sizeAware) {
    this.sizeAware = sizeAware;
  }

  /** Classic MIN: furthest next request first. */
  public static BeladyPolicy furthestNextUse() {
    return new BeladyPolicy(false);
  }

  /** Belady-Size: largest next-use distance × size first. */
  public static BeladyPolicy sizeAware() {
    return new BeladyPolicy(true);
  }

  @Override
  public String name() {
    return sizeAware ? "Belady-Size" : "Belady";
  }

  @Override
  public void start(Trace trace, long capacityBytes, LoadCost cost) {
    super.start(trace, capacityBytes, cost);
    List<Request> requests = trace.requests();
    int length = requests.size();
    nextUse = new int[length];
    residentNext.clear();
    residentSize.clear();
    Map<String, Integer> seen = new HashMap<>();
    for (int k = length - 1; k >= 0; k--) {
      nextUse[k] = seen.getOrDefault(requests.get(k).item(), Integer.MAX_VALUE);
      seen.put(requests.get(k).item(), k);
    }
  }

  @Override
  public void onRequest(int position, Request request, double loadCostSeconds, boolean hit) {
    if (hit) {
      onInsert(position, request, loadCostSeconds);
    }
  }

  @Override
  public boolean admit(int position, Request request, double loadCostSeconds, long freeBytes) {
    if (freeBytes >= request.sizeBytes()) {
      return true;
    }
    String victim = victim(position, request);
    return victim == null || score(position, nextUse[position], request.sizeBytes()) > score(position, residentNext.get(victim), residentSize.get(victim));
  }

  @Override
  public String victim(int position, Request request) {
    if (!sizeAware) {
      return super.victim(position, request);
    }
    // Distance × size changes unevenly as time passes, so Belady-Size rescans its residents at each eviction.
    String victim = null;
    double lowest = Double.POSITIVE_INFINITY;
    for (Rank rank : ascending()) {
      double score = score(position, residentNext.get(rank.item()), residentSize.get(rank.item()));
      if (score < lowest) {
        lowest = score;
        victim = rank.item();
      }
    }
    return victim;
  }

  @Override
  public void onInsert(int position, Request request, double loadCostSeconds) {
    residentNext.put(request.item(), nextUse[position]);
    residentSize.put(request.item(), request.sizeBytes());
    rank(request.item(), -(double) nextUse[position], position);
  }

  @Override
  public void onEvict(String item) {
    super.onEvict(item);
    residentNext.remove(item);
    residentSize.remove(item);
  }

  /** Higher is kept longer: minus the next-use distance (times the size for Belady-Size); never again is lowest. */
  private double score(int now, int next, long size) {
    if (next == Integer.MAX_VALUE) {
      return Double.NEGATIVE_INFINITY;
    }
    double distance = next - now;
    return -(sizeAware ? distance * size : distance);
  }
}
