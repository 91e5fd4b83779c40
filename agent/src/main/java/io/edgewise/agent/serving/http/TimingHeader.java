package io.edgewise.agent.serving.http;

import io.edgewise.agent.serving.DeviceTiming;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code X-Edgewise-Timing: device=12.5, uplink=30.2, downlink=4.1, total=51.0}: a device's
 * timings of its previous request, in milliseconds (docs/agent.md, "Timing reports"). Keys are
 * optional and case-insensitive; a value that is not a plain decimal in [0, {@link #MAX_MS}] is
 * ignored, as are unknown keys and repeated ones after the first. A header with nothing valid is no
 * report. Never fails the request: a device's report is advice, not input.
 */
final class TimingHeader {

  static final String NAME = "X-Edgewise-Timing";

  /** Longer than any request the agent would still be waiting for (an hour). */
  static final double MAX_MS = 3_600_000;

  /** Reports beyond this length are not parsed at all (a header is not a place for payloads). */
  static final int MAX_LENGTH = 256;

  private TimingHeader() {}

  static Optional<DeviceTiming> parse(String header) {
    if (header == null || header.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Double device = null;
    Double uplink = null;
    Double downlink = null;
    Double total = null;
    for (String pair : header.split(",")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      Double ms = millis(pair.substring(eq + 1).trim());
      switch (pair.substring(0, eq).trim().toLowerCase(Locale.ROOT)) {
        case "device" -> device = device == null ? ms : device;
        case "uplink" -> uplink = uplink == null ? ms : uplink;
        case "downlink" -> downlink = downlink == null ? ms : downlink;
        case "total" -> total = total == null ? ms : total;
        default -> {
          // unknown keys leave room for later versions of the report
        }
      }
    }
    if (device == null && uplink == null && downlink == null && total == null) {
      return Optional.empty();
    }
    return Optional.of(new DeviceTiming(device, uplink, downlink, total));
  }

  /** The value as milliseconds, or null unless it is a plain decimal in range. */
  private static Double millis(String value) {
    if (!value.matches("\\d{1,7}(\\.\\d{1,6})?")) {
      return null;
    }
    double ms = Double.parseDouble(value);
    return ms <= MAX_MS ? ms : null;
  }
}
