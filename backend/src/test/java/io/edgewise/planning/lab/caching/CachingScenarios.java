package io.edgewise.planning.lab.caching;

import io.edgewise.planning.caching.LoadCost;
import java.util.List;
import java.util.function.Supplier;

/** The seeded traces, capacities and load costs the target test and the benchmark share. */
public final class CachingScenarios {

  static final long GB = 1_000_000_000L;

  /** A trace with the cache sizes and load cost it is simulated under. */
  public record Scenario(
      Trace trace, List<Long> capacities, LoadCost cost, boolean diurnalOrDrift) {}

  /**
   * Models: 2 s initialisation plus 2 GB/s from local disk. Content: 50 ms to the origin plus 100
   * MB/s.
   */
  public static final LoadCost MODEL_LOAD = LoadCost.bandwidth(2.0, 2e9);

  public static final LoadCost CONTENT_FETCH = LoadCost.bandwidth(0.05, 100e6);

  private static final List<Long> GPU_SIZES = List.of(16 * GB, 24 * GB, 40 * GB, 80 * GB);
  private static final List<Long> SITE_SIZES = List.of(1 * GB, 4 * GB, 10 * GB);

  private CachingScenarios() {}

  public static List<Scenario> all() {
    TraceShape models = TraceShape.models();
    TraceShape content = TraceShape.content();
    return List.of(
        new Scenario(TraceGenerators.zipfDrift(1, models, 6, 0.3), GPU_SIZES, MODEL_LOAD, true),
        new Scenario(TraceGenerators.diurnal(2, models, 4), GPU_SIZES, MODEL_LOAD, true),
        new Scenario(
            TraceGenerators.flashCrowd(3, models, 4, 30, 600), GPU_SIZES, MODEL_LOAD, false),
        new Scenario(
            TraceGenerators.newModels(4, models, 3, 300, 12), GPU_SIZES, MODEL_LOAD, false),
        new Scenario(
            rename(TraceGenerators.diurnal(5, content, 4), "content-diurnal"),
            SITE_SIZES,
            CONTENT_FETCH,
            true),
        new Scenario(
            rename(TraceGenerators.zipfDrift(6, content, 6, 0.3), "content-drift"),
            SITE_SIZES,
            CONTENT_FETCH,
            true));
  }

  /** The online policies and the offline references, fresh for each run. */
  public static List<Supplier<CachePolicy>> policies() {
    return List.of(
        LruPolicy::new,
        LfuPolicy::new,
        GdsfPolicy::new,
        PredictivePolicy::new,
        BeladyPolicy::furthestNextUse,
        BeladyPolicy::sizeAware);
  }

  private static Trace rename(Trace trace, String name) {
    return new Trace(name, trace.requests());
  }
}
