package io.edgewise.fleet;

/**
 * The four fields of deep-learning edge applications the survey reviews (section IV, Tables 1-4).
 */
public enum SmartDomain {
  /** Video analytics, adaptive streaming and caching (Table 1). */
  SMART_MULTIMEDIA,
  /** Autonomous driving, traffic analysis and prediction, traffic signal control (Table 2). */
  SMART_TRANSPORTATION,
  /** Smart home, smart building and smart grid (Table 3). */
  SMART_CITY,
  /** Smart manufacturing and industrial analysis (Table 4). */
  SMART_INDUSTRY
}
