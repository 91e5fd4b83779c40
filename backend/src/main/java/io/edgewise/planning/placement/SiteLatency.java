package io.edgewise.planning.placement;

/** Round-trip time between sites, milliseconds; 0 within a site. */
@FunctionalInterface
public interface SiteLatency {
  double rttMs(String fromSite, String toSite);
}
