package io.edgewise.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Retention of the per-minute metrics. */
@ConfigMapping(prefix = "edgewise.metrics")
public interface MetricsConfig {

  /**
   * How long per-minute points are kept ({@code edgewise.metrics.minute-retention}); older daily
   * partitions are dropped, and pushes of older minutes are refused. Hour and day roll-ups stay.
   */
  @WithDefault("8d")
  Duration minuteRetention();
}
