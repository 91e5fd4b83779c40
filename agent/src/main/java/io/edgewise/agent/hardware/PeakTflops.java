package io.edgewise.agent.hardware;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Peak dense FP16 tensor throughput of known GPU models, from NVIDIA's datasheets (the control
 * plane's convention: T4 65, L4 121). A model not in the table gets {@link #UNKNOWN_MODEL}:
 * deliberately low, so the planner under- rather than over-loads a card it knows nothing about; an
 * administrator can correct it on the node.
 */
public final class PeakTflops {
  /** For models not in the table: about a Jetson Orin NX or a small Turing card. */
  public static final double UNKNOWN_MODEL = 10.0;

  // most specific names first: "h100 pcie" must win over "h100"
  private static final Map<String, Double> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("h100 pcie", 756.0);
    KNOWN.put("h100 nvl", 835.0);
    KNOWN.put("h100", 989.0);
    KNOWN.put("h200", 989.0);
    KNOWN.put("gh200", 989.0);
    KNOWN.put("a100", 312.0);
    KNOWN.put("a30", 165.0);
    KNOWN.put("a10", 125.0);
    KNOWN.put("a2", 18.0);
    KNOWN.put("l40s", 362.0);
    KNOWN.put("l40", 181.0);
    KNOWN.put("l4", 121.0);
    KNOWN.put("t4", 65.0);
    KNOWN.put("v100", 112.0);
    KNOWN.put("rtx 4090", 165.0);
    KNOWN.put("rtx 6000 ada", 364.0);
  }

  private PeakTflops() {}

  /**
   * The peak for an {@code nvidia-smi} name such as {@code NVIDIA A100-SXM4-80GB} or {@code Tesla
   * T4}.
   */
  public static double of(String model) {
    String words = " " + model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    for (Map.Entry<String, Double> known : KNOWN.entrySet()) {
      if (words.contains(" " + known.getKey() + " ")) {
        return known.getValue();
      }
    }
    return UNKNOWN_MODEL;
  }
}
