package io.edgewise.planning.lab.caching;

/**
 * Least recently used: evicts the resident whose last request is oldest. Admits everything that
 * fits.
 */
public final class LruPolicy extends RankedPolicy {

  @Override
  public String name() {
    return "LRU";
  }

  @Override
  public void onRequest(int position, Request request, double loadCostSeconds, boolean hit) {
    if (hit) {
      rank(request.item(), position, 0);
    }
  }

  @Override
  public void onInsert(int position, Request request, double loadCostSeconds) {
    rank(request.item(), position, 0);
  }
}
