package io.edgewise.agent.hardware;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Peak dense FP32 throughput (CUDA cores, no tensor cores, no sparsity) of known GPU models, from
 * NVIDIA's datasheets: the control plane's convention for {@code peakTflops} (T4 8.1, L4 30.3; see
 * docs/algorithms.md, "Calibrated hardware"), since the models it plans are float32 and it turns
 * the peak into layer times at a batch-1 efficiency. A model not in the table gets {@link
 * #UNKNOWN_MODEL}: deliberately low, so the planner under- rather than over-loads a card it knows
 * nothing about; an administrator can correct it on the node.
 */
public final class PeakTflops {
  /** For models not in the table: about a Jetson Orin NX or a small Turing card. */
  public static final double UNKNOWN_MODEL = 2.0;

  // most specific names first: "h100 pcie" must win over "h100"
  private static final Map<String, Double> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("h100 pcie", 51.2);
    KNOWN.put("h100 nvl", 60.0);
    KNOWN.put("h100", 67.0);
    KNOWN.put("h200", 67.0);
    KNOWN.put("gh200", 67.0);
    KNOWN.put("a100", 19.5);
    KNOWN.put("a30", 10.3);
    KNOWN.put("a10", 31.2);
    KNOWN.put("a2", 4.5);
    KNOWN.put("l40s", 91.6);
    KNOWN.put("l40", 90.5);
    KNOWN.put("l4", 30.3);
    KNOWN.put("t4", 8.1);
    KNOWN.put("v100", 15.7);
    KNOWN.put("rtx 4090", 82.6);
    KNOWN.put("rtx 6000 ada", 91.1);
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
