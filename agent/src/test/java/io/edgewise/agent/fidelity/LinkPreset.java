package io.edgewise.agent.fidelity;

import io.edgewise.planning.partitioning.Link;

/**
 * The device→edge links the fidelity benchmark emulates: symmetric bandwidth and a round-trip time.
 * Round figures in the range operators plan for, chosen before any measurement: 3G (HSPA) 2 Mbit/s
 * and 100 ms, LTE 20 Mbit/s and 40 ms, Wi-Fi (802.11ac to a nearby cloudlet) 100 Mbit/s and 5 ms,
 * 5G (mid-band NR to a MEC site) 300 Mbit/s and 10 ms.
 */
enum LinkPreset {
  THREE_G("3G", 2, 100),
  LTE("LTE", 20, 40),
  WIFI("Wi-Fi", 100, 5),
  FIVE_G("5G", 300, 10);

  private final String label;
  private final double mbps;
  private final double rttMs;

  LinkPreset(String label, double mbps, double rttMs) {
    this.label = label;
    this.mbps = mbps;
    this.rttMs = rttMs;
  }

  String label() {
    return label;
  }

  double mbps() {
    return mbps;
  }

  double rttMs() {
    return rttMs;
  }

  /** The same link as the partitioner sees it. */
  Link link() {
    return new Link(mbps, rttMs);
  }
}
