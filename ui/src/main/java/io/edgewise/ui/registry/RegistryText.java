package io.edgewise.ui.registry;

import io.edgewise.registry.BatchPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How registry values read in the views. */
final class RegistryText {

  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

  private RegistryText() {}

  /** Bytes in the largest unit that keeps the number at or above 1, e.g. "1.5 MiB". */
  static String bytes(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /**
   * Agents' batch curves in one line, e.g. "Batch curves, ms by batch size — cpu-2c: 1 → 0.32 · 2 →
   * 0.55"; hardware keys in name order, one clause each.
   */
  static String batchCurves(Map<String, List<BatchPoint>> curves) {
    return "Batch curves, ms by batch size — "
        + new TreeMap<>(curves)
            .entrySet().stream()
                .map(e -> e.getKey() + ": " + curve(e.getValue()))
                .collect(Collectors.joining("; "));
  }

  private static String curve(List<BatchPoint> points) {
    return points.stream()
        .map(p -> String.format(Locale.ROOT, "%d → %.2f", p.batch(), p.ms()))
        .collect(Collectors.joining(" · "));
  }

  /** A declared shape with its symbolic dimensions marked, e.g. "[N?, 3, H?, W?]". */
  static String dims(List<String> shape) {
    return shape.stream().map(d -> d.matches("\\d+") ? d : d + "?").toList().toString();
  }

  /** A serving shape to suggest: symbolic dimensions as 1 for the first, 640 for the others. */
  static String example(List<String> shape) {
    List<String> dims = new ArrayList<>();
    for (int i = 0; i < shape.size(); i++) {
      String d = shape.get(i);
      dims.add(d.matches("\\d+") ? d : i == 0 ? "1" : "640");
    }
    return String.join(", ", dims);
  }

  /** The first 12 hex digits of a sha256, enough to tell versions apart at a glance. */
  static String shortSha(String sha256) {
    return sha256 == null ? "—" : sha256.substring(0, Math.min(12, sha256.length())) + "…";
  }
}
