package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps the items with the highest expected saved load cost per byte, from forecast request rates
 * (in the spirit of LSTM-C's popularity-forecast caching, survey IV.B.3, with Holt-Winters instead
 * of an LSTM).
 *
 * <p>An item's rate is the larger of two estimates: the {@link DemandForecaster}'s daily-seasonal
 * forecast for the current bucket, which anticipates an item's daily rise and fall, and a recent
 * rate (an exponentially decayed count with time constant {@code recentSeconds}: each request adds
 * {@code 1 / recentSeconds}), which reacts within minutes to flash crowds and new models. Its value
 * is {@code rate × load cost}; eviction takes the lowest value per byte first, and admission is the
 * knapsack exchange: a missed item is cached only if its value exceeds the total value of the
 * residents it would displace. An item never seen before has no forecast, so it enters on its
 * recent rate alone (one request in the last {@code recentSeconds}) and displaces only residents
 * that are worth less; repeated requests raise its rate until it does. Ranks are refreshed on every
 * request of an item and for all residents eight times per forecast bucket. A new version (new
 * size) of an item keeps the id's request history.
 */
public final class PredictivePolicy extends RankedPolicy {

  private static final int REFRESHES_PER_BUCKET = 8;

  private final Supplier<DemandForecaster> forecasters;
  private final double recentSeconds;
  private final Map<String, Recent> recent = new HashMap<>();
  private final Map<String, Resident> residents = new HashMap<>();
  private DemandForecaster forecaster;
  private long bucket;

  private record Recent(double rate, double timeSeconds) {}

  private record Resident(long sizeBytes, double loadCostSeconds, int lastUse) {}

  /**
   * Hourly Holt-Winters with a daily season, and a recent rate over an hour (tuned on the seeded
   * traces).
   */
  public PredictivePolicy() {
    this(DemandForecaster::daily, 3_600);
  }

  public PredictivePolicy(Supplier<DemandForecaster> forecasters, double recentSeconds) {
    if (forecasters == null || !(recentSeconds > 0) || Double.isInfinite(recentSeconds)) {
      throw new IllegalArgumentException(
          "a predictive policy needs a forecaster and recent seconds > 0");
    }
    this.forecasters = forecasters;
    this.recentSeconds = recentSeconds;
  }

  @Override
  public String name() {
    return "Predictive";
  }

  @Override
  public void start(Trace trace, long capacityBytes, LoadCost cost) {
    super.start(trace, capacityBytes, cost);
    forecaster = forecasters.get();
    recent.clear();
    residents.clear();
    bucket = -1;
  }

  @Override
  public void onRequest(int position, Request request, double loadCostSeconds, boolean hit) {
    double now = request.timeSeconds();
    refreshPeriodically(now);
    forecaster.observe(request.item(), now);
    recent.put(
        request.item(), new Recent(recentRate(request.item(), now) + 1 / recentSeconds, now));
    if (hit) {
      onInsert(position, request, loadCostSeconds);
    }
  }

  @Override
  public boolean admit(int position, Request request, double loadCostSeconds, long freeBytes) {
    long needed = request.sizeBytes() - freeBytes;
    double displaced = 0;
    for (Rank rank : ascending()) {
      if (needed <= 0) {
        break;
      }
      long size = residents.get(rank.item()).sizeBytes();
      displaced += rank.primary() * size;
      needed -= size;
    }
    return needed <= 0
        && rate(request.item(), request.timeSeconds()) * loadCostSeconds >= displaced;
  }

  @Override
  public void onInsert(int position, Request request, double loadCostSeconds) {
    residents.put(request.item(), new Resident(request.sizeBytes(), loadCostSeconds, position));
    rank(request.item(), density(request.item(), request.timeSeconds()), position);
  }

  @Override
  public void onEvict(String item) {
    super.onEvict(item);
    residents.remove(item);
  }

  /**
   * Values drift as recent rates decay and the forecast moves, so all residents are re-ranked eight
   * times per bucket.
   */
  private void refreshPeriodically(double now) {
    long current = (long) Math.floor(now * REFRESHES_PER_BUCKET / forecaster.bucketSeconds());
    if (current == bucket) {
      return;
    }
    bucket = current;
    List<String> items = new ArrayList<>(residents.keySet());
    items.sort(null);
    for (String item : items) {
      rank(item, density(item, now), residents.get(item).lastUse());
    }
  }

  private double density(String item, double now) {
    Resident resident = residents.get(item);
    return rate(item, now) * resident.loadCostSeconds() / resident.sizeBytes();
  }

  private double rate(String item, double now) {
    return Math.max(forecaster.forecastRate(item, now), recentRate(item, now));
  }

  private double recentRate(String item, double now) {
    Recent last = recent.get(item);
    return last == null ? 0 : last.rate() * Math.exp(-(now - last.timeSeconds()) / recentSeconds);
  }
}
