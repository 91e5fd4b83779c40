package io.edgewise.registry.profiling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the control plane profiles uploaded model versions on its own CPU. */
@ConfigMapping(prefix = "edgewise.profiling")
public interface ProfilingConfig {

  /** Whether uploads queue a profiling job and this instance runs queued jobs. */
  @WithDefault("true")
  boolean enabled();

  /**
   * How often this instance looks for queued jobs; "off" leaves them to explicit {@code
   * ProfilingRunner.runDue()} calls (the tests do).
   */
  @WithDefault("2s")
  String runEvery();

  /**
   * Untimed runs of each prefix model before timing it (session warm-up, allocator and cache
   * effects).
   */
  @WithDefault("3")
  int warmupRuns();

  /** Timed runs of each prefix model; the median is used. */
  @WithDefault("15")
  int timedRuns();

  /**
   * ONNX Runtime intra-op threads while profiling. One thread keeps the control plane responsive
   * and the figures stable; the figures are then a single core's, which is what "control-plane-cpu"
   * means.
   */
  @WithDefault("1")
  int threads();

  /**
   * Wall-clock limit of one job; past it the job fails (its graph-only estimate is still stored).
   */
  @WithDefault("5m")
  Duration timeLimit();

  /**
   * Claims a job this many times at most; a job whose runner died mid-way is taken over after
   * {@link #timeLimit()} twice.
   */
  @WithDefault("3")
  int maxAttempts();

  /** The hardware key under which the control plane's timings are stored in {@code measuredMs}. */
  @WithDefault("control-plane-cpu")
  String hardwareKey();
}
