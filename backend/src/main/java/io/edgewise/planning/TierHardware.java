package io.edgewise.planning;

import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.calibration.PeakConvention;
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
 * there. No CLOUD site means no cloud tier. Sustained GFLOPS follow {@link PeakConvention}: the
 * registered dense FP32 peak × the batch-1 efficiency; they are the last resort after measured and
 * calibrated times ({@link LayerTimes}).
 *
 * @param edgeModel GPU model name, the key of measured edge timings in profiles
 * @param cloudGflops null without a cloud tier
 * @param calibration the tenant's per-hardware calibration
 */
record TierHardware(
    double edgeGflops,
    String edgeModel,
    Double cloudGflops,
    String cloudModel,
    Calibration calibration) {

  /**
   * Used when a tenant has no GPU at all: an NVIDIA T4 at its dense FP32 peak (8.1 TFLOPS) and the
   * configured efficiency.
   */
  static final double FALLBACK_EDGE_PEAK_TFLOPS = PeakConvention.T4_PEAK_TFLOPS;

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
        PeakConvention.sustainedGflops(
            median == null ? FALLBACK_EDGE_PEAK_TFLOPS : median.peakTflops(), efficiency);
    String edgeModel = median == null ? "assumed T4" : median.model();
    Calibration calibration = inputs.calibration();
    if (cloudSites.isEmpty()) {
      return new TierHardware(edgeGflops, edgeModel, null, null, calibration);
    }
    return inputs.gpus().stream()
        .filter(g -> cloudSites.contains(g.siteId()))
        .max(Comparator.comparingDouble(GpuInput::peakTflops))
        .map(
            g ->
                new TierHardware(
                    edgeGflops,
                    edgeModel,
                    PeakConvention.sustainedGflops(g.peakTflops(), efficiency),
                    g.model(),
                    calibration))
        .orElse(
            new TierHardware(
                edgeGflops, edgeModel, assumedCloudGflops, "assumed cloud GPU", calibration));
  }

  /**
   * How much faster than the edge reference a GPU runs layers (placement's {@code speed}): the
   * ratio of sustained GFLOPS under the one convention, so the efficiency cancels and only the
   * registered FP32 peaks matter.
   */
  double speedOf(GpuInput gpu, double efficiency) {
    return PeakConvention.sustainedGflops(gpu.peakTflops(), efficiency) / edgeGflops;
  }

  /** The order in which layer times are taken, with this tenant's calibration. */
  LayerTimes times() {
    return new LayerTimes(calibration);
  }

  static Map<UUID, SiteInput> sitesById(PlanInputs inputs) {
    return inputs.sites().stream().collect(Collectors.toMap(SiteInput::id, Function.identity()));
  }
}
