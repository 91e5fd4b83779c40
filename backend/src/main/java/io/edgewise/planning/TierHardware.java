package io.edgewise.planning;

import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hardware partitioning assumes for the edge and cloud tiers: the edge tier is the tenant's
 * median edge GPU (placement then scales layer times by each GPU's speed against it); the cloud
 * tier is the fastest GPU at a CLOUD site, or an assumed cloud GPU when the tenant registered none
 * there. No CLOUD site means no cloud tier.
 *
 * @param edgeModel GPU model name, the key of measured edge timings in profiles
 * @param cloudGflops null without a cloud tier
 */
record TierHardware(double edgeGflops, String edgeModel, Double cloudGflops, String cloudModel) {

  /**
   * Used when a tenant has no GPU at all: an NVIDIA T4 (65 TFLOPS FP16 peak) at the configured
   * efficiency.
   */
  static final double FALLBACK_EDGE_PEAK_TFLOPS = 65;

  static TierHardware of(PlanInputs inputs, double efficiency, double assumedCloudGflops) {
    Set<UUID> cloudSites =
        inputs.sites().stream()
            .filter(SiteInput::isCloud)
            .map(SiteInput::id)
            .collect(Collectors.toSet());
    List<GpuInput> edgeGpus =
        inputs.gpus().stream()
            .filter(g -> !cloudSites.contains(g.siteId()))
            .sorted(Comparator.comparingDouble(GpuInput::peakTflops).thenComparing(GpuInput::model))
            .toList();
    GpuInput median = edgeGpus.isEmpty() ? null : edgeGpus.get(edgeGpus.size() / 2);
    double edgeGflops =
        (median == null ? FALLBACK_EDGE_PEAK_TFLOPS : median.peakTflops()) * 1000 * efficiency;
    String edgeModel = median == null ? "assumed T4" : median.model();
    if (cloudSites.isEmpty()) {
      return new TierHardware(edgeGflops, edgeModel, null, null);
    }
    return inputs.gpus().stream()
        .filter(g -> cloudSites.contains(g.siteId()))
        .max(Comparator.comparingDouble(GpuInput::peakTflops))
        .map(
            g ->
                new TierHardware(
                    edgeGflops, edgeModel, g.peakTflops() * 1000 * efficiency, g.model()))
        .orElse(new TierHardware(edgeGflops, edgeModel, assumedCloudGflops, "assumed cloud GPU"));
  }

  /** How much faster than the edge reference a GPU runs layers (placement's {@code speed}). */
  double speedOf(GpuInput gpu, double efficiency) {
    return gpu.peakTflops() * 1000 * efficiency / edgeGflops;
  }

  static Map<UUID, SiteInput> sitesById(PlanInputs inputs) {
    return inputs.sites().stream().collect(Collectors.toMap(SiteInput::id, Function.identity()));
  }
}
