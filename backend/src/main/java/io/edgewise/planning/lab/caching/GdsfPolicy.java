package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.HashMap;
import java.util.Map;

/**
 * GreedyDual-Size-Frequency (Cherkasova, HP Labs 1998; after Cao and Irani's GreedyDual-Size,
 * USITS'97): a resident's priority is {@code clock + frequency * cost / size}; the victim is the
 * lowest priority and the clock rises to the victim's priority, which ages items that stop being
 * requested. The frequency is counted while the item is resident and restarts at 1 when it is
 * loaded again. Admits everything that fits.
 */
public final class GdsfPolicy extends RankedPolicy {

  private final Map<String, Long> frequency = new HashMap<>();
  private double clock;

  @Override
  public String name() {
    return "GDSF";
  }

  @Override
  public void start(Trace trace, long capacityBytes, LoadCost cost) {
    super.start(trace, capacityBytes, cost);
    frequency.clear();
    clock = 0;
  }

  @Override
  public void onRequest(int position, Request request, double loadCostSeconds, boolean hit) {
    if (hit) {
      long f = frequency.merge(request.item(), 1L, Long::sum);
      rank(request.item(), priority(f, loadCostSeconds, request.sizeBytes()), position);
    }
  }

  @Override
  public String victim(int position, Request request) {
    Rank lowest = lowest();
    if (lowest != null) {
      clock = Math.max(clock, lowest.primary());
    }
    return lowest == null ? null : lowest.item();
  }

  @Override
  public void onInsert(int position, Request request, double loadCostSeconds) {
    frequency.put(request.item(), 1L);
    rank(request.item(), priority(1, loadCostSeconds, request.sizeBytes()), position);
  }

  @Override
  public void onEvict(String item) {
    super.onEvict(item);
    frequency.remove(item);
  }

  private double priority(long f, double cost, long size) {
    return clock + f * cost / size;
  }
}
