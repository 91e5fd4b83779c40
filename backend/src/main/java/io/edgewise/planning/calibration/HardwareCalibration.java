package io.edgewise.planning.calibration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The layer cost models of one piece of hardware: one per layer type that has at least {@link
 * #MIN_SAMPLES} measured layers, and a pooled one over all of them for the other types, exits and
 * opaque models.
 *
 * @param families the types with their own fit (sorted by name, so a plan's inputs digest the same)
 */
public record HardwareCalibration(Map<OpFamily, LayerCostModel> families, LayerCostModel pooled) {

  /**
   * Fewest measured layers a fit is trusted with: three coefficients need several samples beyond
   * three to average out timing noise.
   */
  public static final int MIN_SAMPLES = 8;

  public HardwareCalibration {
    families = families == null ? Map.of() : new TreeMap<>(families);
    if (pooled == null) {
      throw new IllegalArgumentException("a hardware calibration needs a pooled fit");
    }
  }

  /** The calibration fitted on {@code samples}; empty with fewer than {@link #MIN_SAMPLES}. */
  public static Optional<HardwareCalibration> fit(List<LayerSample> samples) {
    if (samples.size() < MIN_SAMPLES) {
      return Optional.empty();
    }
    Map<OpFamily, LayerCostModel> byFamily = new EnumMap<>(OpFamily.class);
    samples.stream()
        .collect(Collectors.groupingBy(LayerSample::family))
        .forEach(
            (family, own) -> {
              if (own.size() >= MIN_SAMPLES) {
                byFamily.put(family, LayerCostModel.fit(own));
              }
            });
    return Optional.of(new HardwareCalibration(byFamily, LayerCostModel.fit(samples)));
  }

  /** Predicted milliseconds of a layer: its type's fit, else the pooled fit. */
  public double ms(OpFamily family, double gflops, double megabytes) {
    return families.getOrDefault(family, pooled).ms(gflops, megabytes);
  }
}
