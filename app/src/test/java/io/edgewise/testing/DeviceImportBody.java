package io.edgewise.testing;

import java.util.StringJoiner;

/** A JSON device import ({@code {"devices": [...]}}) written one device at a time. */
public final class DeviceImportBody {

  private final StringJoiner rows = new StringJoiner(",", "{\"devices\":[", "]}");

  /**
   * Adds a device with {@code status} and {@code labels}, given as key, value, key, value… in the
   * order they are written.
   */
  public DeviceImportBody device(
      String externalId,
      Number computeGflops,
      Number linkMbps,
      Number linkRttMs,
      String status,
      String... labels) {
    StringJoiner pairs = new StringJoiner(",", "{", "}");
    for (int l = 0; l < labels.length; l += 2) {
      pairs.add("\"" + labels[l] + "\":\"" + labels[l + 1] + "\"");
    }
    rows.add(
        "{\"externalId\":\""
            + externalId
            + "\",\"computeGflops\":"
            + computeGflops
            + ",\"linkMbps\":"
            + linkMbps
            + ",\"linkRttMs\":"
            + linkRttMs
            + ",\"status\":\""
            + status
            + "\",\"labels\":"
            + pairs
            + "}");
    return this;
  }

  /**
   * Adds device {@code prefix-i}: every third ONLINE, the rest OFFLINE; zone north for even i and
   * south for odd; floor i % 5.
   */
  public DeviceImportBody floorDevice(
      String prefix, int i, Number computeGflops, Number linkMbps, Number linkRttMs) {
    String status = i % 3 == 0 ? "ONLINE" : "OFFLINE";
    return device(
        prefix + "-" + i,
        computeGflops,
        linkMbps,
        linkRttMs,
        status,
        "zone",
        zone(i),
        "floor",
        String.valueOf(i % 5));
  }

  /**
   * Import {@code k} of the scale tests: {@code count} devices {@code dev-k-i}, every fourth
   * ONLINE, on rack r(i % 1000), so each rack label matches 100 of 100,000 devices; with {@code
   * zoned}, zone north for even i and south for odd.
   */
  public static String atScale(int k, int count, boolean zoned) {
    DeviceImportBody body = new DeviceImportBody();
    for (int i = 0; i < count; i++) {
      String status = i % 4 == 0 ? "ONLINE" : "OFFLINE";
      String rack = "r" + (i % 1000);
      if (zoned) {
        body.device("dev-" + k + "-" + i, 4, 20, 5, status, "zone", zone(i), "rack", rack);
      } else {
        body.device("dev-" + k + "-" + i, 4, 20, 5, status, "rack", rack);
      }
    }
    return body.toString();
  }

  private static String zone(int i) {
    return i % 2 == 0 ? "north" : "south";
  }

  @Override
  public String toString() {
    return rows.toString();
  }
}
