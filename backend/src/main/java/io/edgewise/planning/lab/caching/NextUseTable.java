package io.edgewise.planning.lab.caching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Residents' next-use positions and sizes in flat arrays, so Belady-Size can rescan them at every
 * eviction cheaply: its score, next-use distance × size, reorders as time passes, so no static
 * order holds.
 */
final class NextUseTable {

  static final int NEVER = Integer.MAX_VALUE;

  private final Map<String, Integer> slots = new HashMap<>();
  private String[] items = new String[16];
  private int[] next = new int[16];
  private long[] sizes = new long[16];
  private int count;

  void clear() {
    slots.clear();
    Arrays.fill(items, 0, count, null);
    count = 0;
  }

  void put(String item, int nextUse, long size) {
    Integer slot = slots.get(item);
    if (slot == null) {
      if (count == items.length) {
        items = Arrays.copyOf(items, 2 * count);
        next = Arrays.copyOf(next, 2 * count);
        sizes = Arrays.copyOf(sizes, 2 * count);
      }
      slot = count++;
      slots.put(item, slot);
      items[slot] = item;
    }
    next[slot] = nextUse;
    sizes[slot] = size;
  }

  void remove(String item) {
    Integer slot = slots.remove(item);
    if (slot == null) {
      return;
    }
    int last = --count;
    if (slot != last) {
      items[slot] = items[last];
      next[slot] = next[last];
      sizes[slot] = sizes[last];
      slots.put(items[slot], slot);
    }
    items[last] = null;
  }

  /**
   * The resident with the largest (next use - now) × size, never-again first; ties to the smaller
   * id.
   */
  String furthestBySize(int now) {
    String victim = null;
    double worst = -1;
    for (int k = 0; k < count; k++) {
      double score =
          next[k] == NEVER ? Double.POSITIVE_INFINITY : (double) (next[k] - now) * sizes[k];
      if (score > worst || (score == worst && items[k].compareTo(victim) < 0)) {
        worst = score;
        victim = items[k];
      }
    }
    return victim;
  }

  /** (next use - now) × size for one resident or a candidate; infinite when never used again. */
  static double score(int now, int nextUse, long size) {
    return nextUse == NEVER ? Double.POSITIVE_INFINITY : (double) (nextUse - now) * size;
  }

  int nextOf(String item) {
    return next[slots.get(item)];
  }

  long sizeOf(String item) {
    return sizes[slots.get(item)];
  }
}
