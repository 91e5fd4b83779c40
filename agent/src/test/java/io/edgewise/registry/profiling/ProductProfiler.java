package io.edgewise.registry.profiling;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.onnx.OnnxGraph;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The registry's profiler as {@link VersionProfiler} runs it (graph analysis, prefix timings in
 * DJL's ONNX Runtime engine, per-layer times), without its job queue and database, for tests that
 * run on agents' classpaths. Warm-up and timed runs are {@link ProfilingConfig}'s defaults.
 */
public final class ProductProfiler {

  /** {@link ProfilingConfig#warmupRuns()}'s default. */
  static final int WARMUP_RUNS = 3;

  /** {@link ProfilingConfig#timedRuns()}'s default. */
  static final int TIMED_RUNS = 15;

  private ProductProfiler() {}

  /**
   * A MEASURED profile's layers and input size.
   *
   * @param layers one per compute node, each timed under one hardware key
   */
  public record Profile(long inputBytes, List<ProfiledLayer> layers) {}

  /** The profiler's identity model for {@code model}: what a call costs with no work in it. */
  public static ModelProto identity(ModelProto model) {
    return PrefixProfiler.identity(model);
  }

  /**
   * Profiles {@code model} with ONNX Runtime at {@code threads} intra-op threads, storing the times
   * under {@code hardwareKey}.
   */
  public static Profile profile(ModelProto model, int threads, String hardwareKey) {
    OnnxGraph graph = OnnxGraph.of(model);
    GraphLayers layers = GraphLayers.of(graph);
    List<Double> gflops = layers.layers().stream().map(l -> l.gflops()).toList();
    CpuTimer timer =
        new CpuTimer(WARMUP_RUNS, TIMED_RUNS, threads, Instant.now().plus(Duration.ofMinutes(5)));
    List<Double> ms = PrefixProfiler.layerMs(graph, gflops, timer, (done, total, step) -> {});
    return new Profile(layers.inputBytes(), layers.timed(hardwareKey, ms));
  }
}
