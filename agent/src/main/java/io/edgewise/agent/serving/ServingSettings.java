package io.edgewise.agent.serving;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Serving's tuning, from the environment (read with {@code System.getenv} so serving works outside
 * CDI too): {@code EDGEWISE_AGENT_MAX_BATCH} (default 8; a route's {@code maxBatch} from the plan
 * applies whenever the plan names one), {@code EDGEWISE_AGENT_MAX_QUEUE_DELAY} (default {@code 0},
 * Triton's default: no wait, a batch is what queued while the model was busy; {@code 500us}, {@code
 * 2ms}, {@code 1s}), {@code EDGEWISE_AGENT_MAX_QUEUE} (requests waiting per model, default 128;
 * beyond it 429) {@code EDGEWISE_AGENT_PROFILE} ({@code on} by default, {@code off} disables the
 * per-node profiling and the batch curves) and {@code EDGEWISE_AGENT_BATCH_CURVE_MAX} (the largest
 * batch the batch-curve measurement tries, default 16; 1 measures batch 1 only).
 */
public record ServingSettings(
    int maxBatch, Duration maxQueueDelay, int queueCapacity, boolean profile, int batchCurveMax) {

  /** The default batch-curve limit: 1, 2, 4, 8 and 16 are timed unless memory runs out first. */
  public static final int BATCH_CURVE_MAX = 16;

  /** Settings with the default batch-curve limit. */
  public ServingSettings(int maxBatch, Duration maxQueueDelay, int queueCapacity, boolean profile) {
    this(maxBatch, maxQueueDelay, queueCapacity, profile, BATCH_CURVE_MAX);
  }

  public static ServingSettings defaults() {
    return new ServingSettings(8, Duration.ZERO, 128, true, BATCH_CURVE_MAX);
  }

  /** Reads the variables; a malformed value throws naming the variable. */
  public static ServingSettings from(Map<String, String> env) {
    ServingSettings d = defaults();
    return new ServingSettings(
        positive(env, "EDGEWISE_AGENT_MAX_BATCH", d.maxBatch()),
        delay(env.get("EDGEWISE_AGENT_MAX_QUEUE_DELAY"), d.maxQueueDelay()),
        positive(env, "EDGEWISE_AGENT_MAX_QUEUE", d.queueCapacity()),
        !"off".equalsIgnoreCase(env.getOrDefault("EDGEWISE_AGENT_PROFILE", "on").trim()),
        positive(env, "EDGEWISE_AGENT_BATCH_CURVE_MAX", d.batchCurveMax()));
  }

  /**
   * The batch size for a route: the plan's when it names one (1 included: the planner's latency
   * model assumed no batching), else ({@code 0}) this node's setting.
   */
  public int batchFor(int routeMaxBatch) {
    return routeMaxBatch >= 1 ? routeMaxBatch : maxBatch;
  }

  private static int positive(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a whole number >= 1, not '" + value + "'");
  }

  private static Duration delay(String value, Duration fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("us")) {
        return Duration.ofNanos(Long.parseLong(v.substring(0, v.length() - 2)) * 1_000);
      } else if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      } else if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      return Duration.ofMillis(Long.parseLong(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "EDGEWISE_AGENT_MAX_QUEUE_DELAY must be like 2ms, 500us or 1s, not '" + value + "'");
    }
  }
}
