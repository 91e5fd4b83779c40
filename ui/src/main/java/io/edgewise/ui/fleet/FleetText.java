package io.edgewise.ui.fleet;

import io.edgewise.fleet.DeviceStatus;
import io.edgewise.fleet.SmartDomain;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How fleet and device values read in the views. */
public final class FleetText {

  private FleetText() {}

  /** "Smart transportation" for SMART_TRANSPORTATION. */
  public static String domain(SmartDomain domain) {
    String words = domain.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public static String status(DeviceStatus status) {
    String word = status.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Labels as the CSV import writes them: {@code key=value; key2=value2}, sorted by key. */
  public static String labels(Map<String, String> labels) {
    return labels.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
