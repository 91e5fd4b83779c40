package io.edgewise.planning.calibration;

/**
 * The one convention for turning a registered peak into layer times, the last resort after measured
 * and calibrated times. An accelerator's {@code peakTflops} is its dense FP32 peak: CUDA cores, not
 * tensor cores, no sparsity (an NVIDIA T4 8.1, an L4 30.3, an A100 19.5 TFLOPS); for a CPU, cores ×
 * {@link #CPU_CORE_PEAK_GFLOPS}. Models are float32, so that is the peak their layers can approach.
 * At batch 1 a layer sustains {@link #BATCH1_EFFICIENCY} of it: the geometric mean of sustained ÷
 * FP32 peak over the reference GPUs of {@code planning.lab.hardware.HardwareCatalogue} (T4 0.55, L4
 * 0.30, A100 0.62, H100 0.27 → 0.41). Registering an FP16 tensor peak instead (a T4 at 65) would
 * make every FLOP-based estimate 8× optimistic.
 */
public final class PeakConvention {

  /** Share of the dense FP32 peak that float32 layers sustain at batch 1. */
  public static final double BATCH1_EFFICIENCY = 0.4;

  /** The same, as configuration defaults are written. */
  public static final String BATCH1_EFFICIENCY_TEXT = "0.4";

  /** Dense FP32 peak of one CPU core as agents register it: 2 × 8-wide FMA at ~2 GHz. */
  public static final double CPU_CORE_PEAK_GFLOPS = 32;

  /** Dense FP32 peak of an NVIDIA T4 (datasheet: 8.1 TFLOPS), the assumed edge GPU. */
  public static final double T4_PEAK_TFLOPS = 8.1;

  private PeakConvention() {}

  /** Sustained GFLOPS of an accelerator with this peak at {@code efficiency}. */
  public static double sustainedGflops(double peakTflops, double efficiency) {
    return peakTflops * 1000 * efficiency;
  }
}
