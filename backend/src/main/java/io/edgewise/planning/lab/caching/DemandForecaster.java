package io.edgewise.planning.lab.caching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-item request-rate forecasts by additive Holt-Winters (Winters, Management Science 1960) on
 * request counts in fixed time buckets, with a season of one day: level {@code l} and seasonal
 * terms {@code s},
 *
 * <pre>
 *   l = a (x - s[b mod m]) + (1 - a) l ;  s[b mod m] = g (x - l) + (1 - g) s[b mod m] ;  forecast = max(0, l + s[b' mod m])
 * </pre>
 *
 * The trend term is left out (beta = 0): request counts are noisy and a trend extrapolates bursts
 * without bound. Additive rather than multiplicative seasonality, because counts are often zero.
 * Each item is initialised classically from its first full season (level = the season's mean, s =
 * deviations from it); until then the forecast is the running mean of its buckets, and an item
 * never observed forecasts 0.
 *
 * <p>Time never goes backwards: observations and forecasts come at or after the latest time seen
 * for an item. Buckets are counted from time 0, so with {@code bucketsPerSeason * bucketSeconds =
 * 86,400} bucket phases are hours (or quarters) of the day.
 */
public final class DemandForecaster {

  private final double bucketSeconds;
  private final int season;
  private final double levelSmoothing;
  private final double seasonSmoothing;
  private final Map<String, ItemSeries> series = new HashMap<>();

  public DemandForecaster(
      double bucketSeconds, int bucketsPerSeason, double levelSmoothing, double seasonSmoothing) {
    if (!(bucketSeconds > 0) || Double.isInfinite(bucketSeconds) || bucketsPerSeason < 1) {
      throw new IllegalArgumentException(
          "a forecaster needs bucket seconds > 0 and at least one bucket per season");
    }
    if (!(levelSmoothing > 0 && levelSmoothing <= 1)
        || !(seasonSmoothing >= 0 && seasonSmoothing <= 1)) {
      throw new IllegalArgumentException(
          "smoothing factors must lie in (0, 1] for the level and [0, 1] for the season");
    }
    this.bucketSeconds = bucketSeconds;
    this.season = bucketsPerSeason;
    this.levelSmoothing = levelSmoothing;
    this.seasonSmoothing = seasonSmoothing;
  }

  /** Hourly buckets, a daily season, level smoothing 0.2 and season smoothing 0.3. */
  public static DemandForecaster daily() {
    return new DemandForecaster(3_600, 24, 0.2, 0.3);
  }

  public double bucketSeconds() {
    return bucketSeconds;
  }

  /** Records one request for {@code item} at {@code timeSeconds}. */
  public void observe(String item, double timeSeconds) {
    series
        .computeIfAbsent(item, k -> new ItemSeries(season))
        .count(bucket(item, timeSeconds), this);
  }

  /**
   * Expected requests per second for {@code item} during the bucket that contains {@code
   * timeSeconds}.
   */
  public double forecastRate(String item, double timeSeconds) {
    return forecastRate(item, timeSeconds, timeSeconds);
  }

  /**
   * Expected requests per second during the bucket containing {@code futureSeconds}, from the
   * buckets closed by {@code nowSeconds} (the usual h-step Holt-Winters forecast: level plus that
   * phase's seasonal term).
   */
  public double forecastRate(String item, double nowSeconds, double futureSeconds) {
    if (futureSeconds < nowSeconds) {
      throw new IllegalArgumentException(
          "cannot forecast the past: " + futureSeconds + " < " + nowSeconds);
    }
    ItemSeries itemSeries = series.get(item);
    if (itemSeries == null) {
      return 0;
    }
    itemSeries.advanceTo(bucket(item, nowSeconds), this);
    return itemSeries.forecast((long) Math.floor(futureSeconds / bucketSeconds)) / bucketSeconds;
  }

  /** Every item observed so far. */
  public Set<String> items() {
    return Set.copyOf(series.keySet());
  }

  private long bucket(String item, double timeSeconds) {
    if (!(timeSeconds >= 0) || Double.isInfinite(timeSeconds)) {
      throw new IllegalArgumentException("time must be finite and >= 0, was " + timeSeconds);
    }
    long bucket = (long) Math.floor(timeSeconds / bucketSeconds);
    ItemSeries itemSeries = series.get(item);
    if (itemSeries != null && bucket < itemSeries.open) {
      throw new IllegalArgumentException("time went backwards for " + item + ": " + timeSeconds);
    }
    return bucket;
  }

  /** One item's counts and smoothed state; {@code open} is the bucket still being counted. */
  private static final class ItemSeries {
    private final double[] seasonal;
    private long open = -1;
    private long openCount;
    private long closed;
    private double level;

    ItemSeries(int season) {
      seasonal = new double[season];
    }

    void count(long bucket, DemandForecaster f) {
      advanceTo(bucket, f);
      openCount++;
    }

    void advanceTo(long bucket, DemandForecaster f) {
      if (open < 0) {
        open = bucket;
        return;
      }
      for (; open < bucket; open++) {
        close(openCount, phase(open), f);
        openCount = 0;
      }
    }

    private void close(double x, int phase, DemandForecaster f) {
      int m = seasonal.length;
      closed++;
      if (closed <= m) {
        // Warm-up: keep the raw counts; the level is their running mean.
        seasonal[phase] = x;
        level += (x - level) / closed;
        if (closed == m) {
          for (int k = 0; k < m; k++) {
            seasonal[k] -= level;
          }
        }
        return;
      }
      double previousLevel = level;
      level = f.levelSmoothing * (x - seasonal[phase]) + (1 - f.levelSmoothing) * previousLevel;
      seasonal[phase] = f.seasonSmoothing * (x - level) + (1 - f.seasonSmoothing) * seasonal[phase];
    }

    double forecast(long bucket) {
      return closed < seasonal.length ? level : Math.max(0, level + seasonal[phase(bucket)]);
    }

    private int phase(long bucket) {
      return (int) Math.floorMod(bucket, (long) seasonal.length);
    }
  }
}
