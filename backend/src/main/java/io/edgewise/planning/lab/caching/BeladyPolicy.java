package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Belady's MIN (Belady, IBM Systems Journal 1966), an offline policy that reads the future from the
 * trace: evict the resident whose next request is furthest away, and do not cache a missed item
 * whose next request is further away than that victim's (bypass). With equal sizes and costs this
 * minimises misses and is the exact optimum.
 *
 * <p>With variable sizes exact offline caching is NP-hard, and MIN is not optimal; {@link
 * #sizeAware()} is the Belady-Size heuristic (rank by next-use distance × size, as in LRB,
 * NSDI'20). Either is reported as an offline reference, not as a proven bound, on variable-size
 * traces: an online policy can beat it there.
 */
public final class BeladyPolicy extends RankedPolicy {

  private final boolean sizeAware;
  private int[] nextUse = new int[0];
  private final NextUseTable residents = new NextUseTable();

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
    residents.clear();
    Map<String, Integer> seen = new HashMap<>();
    for (int k = length - 1; k >= 0; k--) {
      nextUse[k] = seen.getOrDefault(requests.get(k).item(), NextUseTable.NEVER);
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
    return victim == null
        || distance(position, nextUse[position], request.sizeBytes())
            < distance(position, residents.nextOf(victim), residents.sizeOf(victim));
  }

  @Override
  public String victim(int position, Request request) {
    return sizeAware ? residents.furthestBySize(position) : super.victim(position, request);
  }

  @Override
  public void onInsert(int position, Request request, double loadCostSeconds) {
    residents.put(request.item(), nextUse[position], request.sizeBytes());
    rank(request.item(), -(double) nextUse[position], position);
  }

  @Override
  public void onEvict(String item) {
    super.onEvict(item);
    residents.remove(item);
  }

  /**
   * Lower is kept longer: the next-use distance (times the size for Belady-Size); never again is
   * infinite.
   */
  private double distance(int now, int next, long size) {
    return NextUseTable.score(now, next, sizeAware ? size : 1);
  }
}
