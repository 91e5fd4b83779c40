package io.edgewise.planning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * When measurements count as drift from a plan's predictions, and how often drift may re-plan a
 * deployment (docs/operations.md, "Drift").
 */
@ConfigMapping(prefix = "edgewise.drift")
public interface DriftConfig {

  /**
   * How far a measurement may exceed its prediction, relative to the prediction, before it is drift
   * (0.25: 25% slower).
   */
  @WithDefault("0.25")
  double threshold();

  /**
   * Requests a comparison needs in its window (timed requests for device-reported segments) before
   * it may flag drift, so that a handful of slow requests cannot.
   */
  @WithDefault("200")
  long minRequests();

  /** A deployment asks for at most one drift re-plan in this interval, so drift cannot loop. */
  @WithDefault("15m")
  Duration replanInterval();

  /** The window compared when the API names none, and the one drift detection uses. */
  @WithDefault("15m")
  Duration window();
}
