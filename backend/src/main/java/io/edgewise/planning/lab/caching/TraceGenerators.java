package io.edgewise.planning.lab.caching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Seeded synthetic request streams for the caching benchmark and tests: the same seed and
 * parameters always give the same trace. Popularity is Zipf over a random permutation of the
 * catalogue; arrivals are Poisson (see {@link ThinningSampler}). Items are named {@code m<k>};
 * models launched mid-trace {@code new<k>}.
 */
public final class TraceGenerators {

  private static final double DAY = 86_400;

  private TraceGenerators() {}

  /**
   * Zipf popularity that drifts: every {@code driftHours}, a random {@code driftFraction} of the
   * items trade popularity ranks among themselves (models going in and out of fashion).
   */
  public static Trace zipfDrift(
      long seed, TraceShape workload, double driftHours, double driftFraction) {
    if (!(driftHours > 0) || !(driftFraction >= 0 && driftFraction <= 1)) {
      throw new IllegalArgumentException("drift needs hours > 0 and a fraction in [0, 1]");
    }
    Random random = new Random(seed);
    int n = workload.items();
    long[] sizes = ThinningSampler.sizes(random, workload, n);
    double[] zipf = ThinningSampler.zipf(n, workload.zipfExponent());
    int epochs = (int) Math.ceil(workload.seconds() / (driftHours * 3_600));
    int[][] rank = new int[epochs][];
    rank[0] = ThinningSampler.permutation(random, n);
    for (int e = 1; e < epochs; e++) {
      rank[e] = rank[e - 1].clone();
      int[] moving = ThinningSampler.permutation(random, n);
      int count = (int) Math.round(driftFraction * n);
      for (int k = count - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        int swap = rank[e][moving[k]];
        rank[e][moving[k]] = rank[e][moving[j]];
        rank[e][moving[j]] = swap;
      }
    }
    double[] peak = new double[n];
    for (int[] epoch : rank) {
      for (int i = 0; i < n; i++) {
        peak[i] = Math.max(peak[i], zipf[epoch[i]]);
      }
    }
    double peakRate =
        workload.requestsPerSecond() * ThinningSampler.sum(peak) / ThinningSampler.sum(zipf);
    double epochSeconds = driftHours * 3_600;
    List<Request> requests =
        ThinningSampler.sample(
            random,
            "m",
            sizes,
            peak,
            peakRate,
            0,
            workload.seconds(),
            (i, t) -> zipf[rank[Math.min(epochs - 1, (int) (t / epochSeconds))][i]] / peak[i]);
    return new Trace("zipf-drift", requests);
  }

  /**
   * Daily cycles: each item peaks once a day at its region's hour ({@code regions} evenly spaced,
   * ±1 h of jitter), its rate following {@code floor + (1 - floor) * ((1 + cos)/2)^sharpness} of
   * its Zipf share, with {@code floor} = 0.05 and {@code sharpness} = 2, so the working set rotates
   * around the clock.
   */
  public static Trace diurnal(long seed, TraceShape workload, int regions) {
    if (regions < 1) {
      throw new IllegalArgumentException("diurnal traces need at least one region");
    }
    Random random = new Random(seed);
    int n = workload.items();
    long[] sizes = ThinningSampler.sizes(random, workload, n);
    double[] zipf = ThinningSampler.zipf(n, workload.zipfExponent());
    int[] rank = ThinningSampler.permutation(random, n);
    double[] base = new double[n];
    double[] peakHour = new double[n];
    for (int i = 0; i < n; i++) {
      base[i] = zipf[rank[i]];
      peakHour[i] = 24.0 * random.nextInt(regions) / regions + (random.nextDouble() * 2 - 1);
    }
    double meanProfile = 0;
    for (int k = 0; k < 1_000; k++) {
      meanProfile += dailyProfile(k * DAY / 1_000, 0) / 1_000;
    }
    double peakRate = workload.requestsPerSecond() / meanProfile;
    List<Request> requests =
        ThinningSampler.sample(
            random,
            "m",
            sizes,
            base,
            peakRate,
            0,
            workload.seconds(),
            (i, t) -> dailyProfile(t, peakHour[i]));
    return new Trace("diurnal", requests);
  }

  /**
   * Stationary Zipf traffic plus {@code crowdsPerDay} flash crowds: an item from the less popular
   * half suddenly draws {@code crowdRequestsPerHour} for {@code crowdMinutes} (a viral clip, an
   * incident camera).
   */
  public static Trace flashCrowd(
      long seed,
      TraceShape workload,
      double crowdsPerDay,
      double crowdMinutes,
      double crowdRequestsPerHour) {
    if (!(crowdsPerDay >= 0) || !(crowdMinutes > 0) || !(crowdRequestsPerHour > 0)) {
      throw new IllegalArgumentException(
          "flash crowds need a count >= 0, minutes > 0 and a rate > 0");
    }
    Random random = new Random(seed);
    Stationary base = stationary(random, workload);
    List<Request> requests = base.requests();
    int crowds = (int) Math.round(crowdsPerDay * workload.days());
    for (int c = 0; c < crowds; c++) {
      int item = rankedAtLeast(base.rank(), random, workload.items() / 2);
      double start = random.nextDouble() * workload.seconds();
      double end = Math.min(workload.seconds(), start + crowdMinutes * 60);
      requests.addAll(
          burst(
              random,
              "m" + item,
              base.sizes()[item],
              crowdRequestsPerHour / 3_600,
              start,
              end,
              t -> 1));
    }
    return sorted("flash-crowd", requests);
  }

  /**
   * Stationary Zipf traffic over the catalogue plus {@code launchesPerDay} new models, each
   * starting at {@code launchRequestsPerHour} and decaying with a half-life of {@code
   * halfLifeHours} (a new release drawing traffic that fades).
   */
  public static Trace newModels(
      long seed,
      TraceShape workload,
      double launchesPerDay,
      double launchRequestsPerHour,
      double halfLifeHours) {
    if (!(launchesPerDay >= 0) || !(launchRequestsPerHour > 0) || !(halfLifeHours > 0)) {
      throw new IllegalArgumentException(
          "launches need a count >= 0, a rate > 0 and a half-life > 0");
    }
    Random random = new Random(seed);
    List<Request> requests = stationary(random, workload).requests();
    int launches = (int) Math.round(launchesPerDay * workload.days());
    long[] newSizes = ThinningSampler.sizes(random, workload, launches);
    double decay = Math.log(2) / (halfLifeHours * 3_600);
    for (int k = 0; k < launches; k++) {
      double launch = random.nextDouble() * workload.seconds();
      String id = "new" + k;
      requests.addAll(
          burst(
              random,
              id,
              newSizes[k],
              launchRequestsPerHour / 3_600,
              launch,
              workload.seconds(),
              t -> Math.exp(-decay * (t - launch))));
    }
    return sorted("new-models", requests);
  }

  /** A catalogue with stationary Zipf popularity over a random permutation, and its requests. */
  private record Stationary(long[] sizes, int[] rank, List<Request> requests) {}

  private static Stationary stationary(Random random, TraceShape workload) {
    int n = workload.items();
    long[] sizes = ThinningSampler.sizes(random, workload, n);
    double[] zipf = ThinningSampler.zipf(n, workload.zipfExponent());
    int[] rank = ThinningSampler.permutation(random, n);
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      weight[i] = zipf[rank[i]];
    }
    List<Request> requests =
        new ArrayList<>(
            ThinningSampler.sample(
                random,
                "m",
                sizes,
                weight,
                workload.requestsPerSecond(),
                0,
                workload.seconds(),
                (i, t) -> 1));
    return new Stationary(sizes, rank, requests);
  }

  /**
   * Extra requests for one item between {@code start} and {@code end}, at {@code peakRate} × {@code
   * shape(t)}.
   */
  private static List<Request> burst(
      Random random,
      String item,
      long size,
      double peakRate,
      double start,
      double end,
      DoubleUnaryOperator shape) {
    return ThinningSampler.sample(
            random,
            item + "#",
            new long[] {size},
            new double[] {1},
            peakRate,
            start,
            end,
            (i, t) -> shape.applyAsDouble(t))
        .stream()
        .map(r -> new Request(r.timeSeconds(), item, r.sizeBytes()))
        .toList();
  }

  private static double dailyProfile(double t, double peakHour) {
    double wave = (1 + Math.cos(2 * Math.PI * (t / DAY - peakHour / 24))) / 2;
    return 0.05 + 0.95 * wave * wave;
  }

  private static int rankedAtLeast(int[] rank, Random random, int minRank) {
    while (true) {
      int item = random.nextInt(rank.length);
      if (rank[item] >= minRank) {
        return item;
      }
    }
  }

  private static Trace sorted(String name, List<Request> requests) {
    requests.sort(Comparator.comparingDouble(Request::timeSeconds));
    return new Trace(name, requests);
  }
}
