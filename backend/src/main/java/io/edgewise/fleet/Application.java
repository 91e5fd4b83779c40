package io.edgewise.fleet;

import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of applications from the survey's Tables 1-4, each in one smart domain and with a
 * typical end-to-end latency budget: the default SLO a deployment for such a fleet starts from.
 */
public enum Application {
  VIDEO_ANALYTICS(
      SmartDomain.SMART_MULTIMEDIA,
      "Video analytics",
      200,
      "object detection on live camera streams must answer within a few frames to stay real time"),
  ADAPTIVE_STREAMING(
      SmartDomain.SMART_MULTIMEDIA,
      "Adaptive streaming",
      500,
      "the bitrate for the next 2-4 s segment must be chosen well before the playback buffer"
          + " drains"),
  EDGE_CACHING(
      SmartDomain.SMART_MULTIMEDIA,
      "Edge caching",
      1000,
      "popularity prediction decides what to prefetch off the playback path, so a second is"
          + " enough"),
  AUTONOMOUS_DRIVING(
      SmartDomain.SMART_TRANSPORTATION,
      "Autonomous driving",
      100,
      "perception to actuation must fit one control cycle; at 50 km/h a car moves 1.4 m in 100 ms"),
  TRAFFIC_ANALYSIS(
      SmartDomain.SMART_TRANSPORTATION,
      "Traffic analysis",
      1000,
      "flow and mobility statistics are aggregated per interval, so a second of delay is"
          + " invisible"),
  TRAFFIC_PREDICTION(
      SmartDomain.SMART_TRANSPORTATION,
      "Traffic prediction",
      5000,
      "forecasts look minutes ahead, so a few seconds of inference delay costs nothing"),
  TRAFFIC_SIGNAL_CONTROL(
      SmartDomain.SMART_TRANSPORTATION,
      "Traffic signal control",
      500,
      "signal phases change every few seconds; the next decision must be ready well within one"),
  SMART_HOME(
      SmartDomain.SMART_CITY,
      "Smart home",
      300,
      "gesture and voice interaction feels instant below about 300 ms"),
  SMART_BUILDING(
      SmartDomain.SMART_CITY,
      "Smart building",
      1000,
      "occupancy sensing and HVAC control loops act on the order of seconds"),
  SMART_GRID(
      SmartDomain.SMART_CITY,
      "Smart grid",
      2000,
      "load forecasting and charging decisions are made per metering interval, not per packet"),
  SMART_MANUFACTURING(
      SmartDomain.SMART_INDUSTRY,
      "Smart manufacturing",
      50,
      "inline visual inspection must keep pace with parts passing on the production line"),
  INDUSTRIAL_ANALYSIS(
      SmartDomain.SMART_INDUSTRY,
      "Industrial analysis",
      5000,
      "remaining-useful-life and health estimation follow trends over hours, not milliseconds");

  private final SmartDomain domain;
  private final String title;
  private final int latencyBudgetMs;
  private final String rationale;

  Application(SmartDomain domain, String title, int latencyBudgetMs, String rationale) {
    this.domain = domain;
    this.title = title;
    this.latencyBudgetMs = latencyBudgetMs;
    this.rationale = rationale;
  }

  public SmartDomain domain() {
    return domain;
  }

  /** A human-readable name, e.g. "Video analytics". */
  public String title() {
    return title;
  }

  /** The typical end-to-end latency budget in milliseconds. */
  public int latencyBudgetMs() {
    return latencyBudgetMs;
  }

  /** One line on why the budget is what it is. */
  public String rationale() {
    return rationale;
  }

  public boolean belongsTo(SmartDomain candidate) {
    return domain == candidate;
  }

  /** The applications of one domain, in catalogue order. */
  public static List<Application> of(SmartDomain domain) {
    return Arrays.stream(values()).filter(a -> a.domain == domain).toList();
  }
}
