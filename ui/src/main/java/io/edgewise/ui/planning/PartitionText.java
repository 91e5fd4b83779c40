package io.edgewise.ui.planning;

import io.edgewise.planning.LatencyFigures;
import io.edgewise.planning.PartitionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A partition in words: which runs of layers go where, and where the milliseconds go. */
public final class PartitionText {

  private PartitionText() {}

  /** E.g. "DEVICE ×3 → EDGE ×18, exit after layer 20". */
  public static String split(PartitionSummary partition) {
    if (partition == null) {
      return "—";
    }
    List<String> runs = new ArrayList<>();
    String current = null;
    int count = 0;
    for (String tier : partition.tiers()) {
      if (tier.equals(current)) {
        count++;
        continue;
      }
      if (current != null) {
        runs.add(current + " ×" + count);
      }
      current = tier;
      count = 1;
    }
    if (current != null) {
      runs.add(current + " ×" + count);
    }
    String text = String.join(" → ", runs);
    return partition.exitAfterLayer() == null
        ? text
        : text + ", exit after layer " + partition.exitAfterLayer();
  }

  /** E.g. "device 12.1 + uplink 24.3 + edge 0.4 + downlink 0.1 = 36.9 ms" (zero parts left out). */
  public static String breakdown(PartitionSummary partition) {
    if (partition == null) {
      return "—";
    }
    LatencyFigures f = partition.plan();
    List<String> parts = new ArrayList<>();
    part(parts, "device", f.deviceMs());
    part(parts, "uplink", f.uplinkMs());
    part(parts, "edge", f.edgeMs());
    part(parts, "edge→cloud", f.edgeToCloudMs());
    part(parts, "cloud", f.cloudMs());
    part(parts, "downlink", f.downlinkMs());
    return String.join(" + ", parts) + String.format(Locale.ROOT, " = %.1f ms", f.totalMs());
  }

  /**
   * E.g. "The partition was chosen within 75.0 ms of the SLO; 25.0 ms are left for queueing at the
   * GPU." Empty for plans stored before the SLO was split.
   */
  public static String budgets(PartitionSummary partition) {
    if (partition == null
        || partition.partitionBudgetMs() == null
        || partition.queueingBudgetMs() == null) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "The partition was chosen within %.1f ms of the SLO; %.1f ms are left for queueing at the"
            + " GPU.",
        partition.partitionBudgetMs(),
        partition.queueingBudgetMs());
  }

  private static void part(List<String> parts, String name, double ms) {
    if (ms > 0) {
      parts.add(String.format(Locale.ROOT, "%s %.1f", name, ms));
    }
  }
}
