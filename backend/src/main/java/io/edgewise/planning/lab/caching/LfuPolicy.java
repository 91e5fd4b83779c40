package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.HashMap;
import java.util.Map;

/**
 * Least frequently used, counting every request since the run started (perfect LFU, so an item's
 * count survives its eviction); ties go to the least recently used. Admits everything that fits.
 */
public final class LfuPolicy extends RankedPolicy {

  private final Map<String, Long> counts = new HashMap<>();

  @Override
  public String name() {
    return "LFU";
  }

  @Override
  public void start(Trace trace, long capacityBytes, LoadCost cost) {
    super.start(trace, capacityBytes, cost);
    counts.clear();
  }

  @Override
  public void onRequest(int position, Request request, double loadCostSeconds, boolean hit) {
    long count = counts.merge(request.item(), 1L, Long::sum);
    if (hit) {
      rank(request.item(), count, position);
    }
  }

  @Override
  public void onInsert(int position, Request request, double loadCostSeconds) {
    rank(request.item(), counts.get(request.item()), position);
  }
}
