package io.edgewise.planning.lab.hardware;

import io.edgewise.planning.partitioning.Link;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Device→edge uplinks with the average uplink bandwidths Neurosurgeon measured (Kang et al.,
 * ASPLOS'17, Table 3: 3G 1.1, LTE 5.85, Wi-Fi 18.88 Mbit/s) and a 5G uplink of 60 Mbit/s; RTTs
 * (100, 50, 10, 15 ms) are assumptions. {@link #WAN} is the edge→cloud link the benchmark assumes
 * (500 Mbit/s, 20 ms). Radio energy per megabyte is an assumption in the range of cellular and
 * Wi-Fi power models (Huang et al., MobiSys'12).
 */
public final class LinkPresets {

  public static final Link CELLULAR_3G = new Link(1.1, 100);
  public static final Link LTE = new Link(5.85, 50);
  public static final Link WIFI = new Link(18.88, 10);
  public static final Link CELLULAR_5G = new Link(60, 15);
  public static final Link WAN = new Link(500, 20);

  private static final Map<String, Link> BY_NAME =
      Map.of("3G", CELLULAR_3G, "LTE", LTE, "Wi-Fi", WIFI, "5G", CELLULAR_5G, "WAN", WAN);
  private static final Map<String, Double> RADIO_JOULES_PER_MEGABYTE =
      Map.of("3G", 8.0, "LTE", 3.0, "Wi-Fi", 0.6, "5G", 1.5, "WAN", 0.0);

  private LinkPresets() {}

  /** The preset named "3G", "LTE", "Wi-Fi", "5G" or "WAN". */
  public static Link byName(String name) {
    Link link = BY_NAME.get(name);
    if (link == null) {
      throw new NoSuchElementException(
          "no link preset named " + name + "; known: 3G, LTE, Wi-Fi, 5G, WAN");
    }
    return link;
  }

  /** Assumed device radio energy to send one megabyte (10^6 bytes) over the named uplink. */
  public static double radioJoulesPerMegabyte(String name) {
    byName(name);
    return RADIO_JOULES_PER_MEGABYTE.get(name);
  }

  /** The uplink presets in the order the benchmark prints them. */
  public static List<String> uplinkNames() {
    return List.of("3G", "LTE", "Wi-Fi", "5G");
  }
}
