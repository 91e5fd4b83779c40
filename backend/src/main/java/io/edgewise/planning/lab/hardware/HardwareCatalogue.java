package io.edgewise.planning.lab.hardware;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reference hardware. Sustained GFLOPS are assumptions for batch-1 CNN inference, derived from each
 * vendor's peak figure and a utilisation typical of that class (about 20–40% of FP32 peak on CPUs
 * and embedded GPUs, FP16 with TensorRT on datacenter GPUs at a fraction of tensor-core peak); they
 * set the device/edge/cloud speed ratios and are not measurements. Watts are the board's or card's
 * rated power in the mode named. {@link #peakFp32Gflops} gives each one's dense FP32 peak, the
 * figure the product registers as {@code peakTflops}; the product's batch-1 efficiency (0.4, {@code
 * planning.calibration.PeakConvention}) is the geometric mean of sustained ÷ FP32 peak over the
 * four datacenter GPUs here (0.41), so its peak ratio lands within 1.6× of every GPU below.
 *
 * <ul>
 *   <li>Raspberry Pi 4 B: 4× Cortex-A72 at 1.5 GHz, ≈48 GFLOPS FP32 NEON peak → 10 sustained; ≈6.4
 *       W under load.
 *   <li>Jetson Nano: 128-core Maxwell, 472 GFLOPS FP16 peak, 236 FP32 (NVIDIA datasheet) → 60
 *       sustained; 10 W mode.
 *   <li>Jetson Orin Nano 8 GB: 1,024-core Ampere, 1.28 TFLOPS FP32 peak → 500 sustained; 15 W mode.
 *   <li>Phone SoC, Snapdragon 8 Gen 2 (Adreno 740, ≈2 TFLOPS FP32 peak) → 300 sustained; ≈5 W.
 *   <li>NVIDIA T4: 65 TFLOPS FP16 tensor peak, 8.1 FP32 (datasheet) → 4,500 sustained at batch 1;
 *       70 W.
 *   <li>NVIDIA L4: 121 TFLOPS FP16 tensor peak, 30.3 FP32 (datasheet) → 9,000 sustained; 72 W.
 *   <li>NVIDIA A100 SXM: 312 TFLOPS FP16 tensor peak, 19.5 FP32 (datasheet) → 12,000 sustained at
 *       batch 1; 400 W.
 *   <li>NVIDIA H100 SXM: 989 TFLOPS FP16 tensor peak, 66.9 FP32 (datasheet) → 18,000 sustained at
 *       batch 1; 700 W.
 * </ul>
 */
public final class HardwareCatalogue {

  public static final Hardware RASPBERRY_PI_4 =
      new Hardware("rpi4", "Raspberry Pi 4 B", HardwareTier.DEVICE, 10, 6.4);
  public static final Hardware JETSON_NANO =
      new Hardware("jetson-nano", "NVIDIA Jetson Nano", HardwareTier.DEVICE, 60, 10);
  public static final Hardware JETSON_ORIN_NANO =
      new Hardware(
          "jetson-orin-nano", "NVIDIA Jetson Orin Nano 8 GB", HardwareTier.DEVICE, 500, 15);
  public static final Hardware PHONE_SOC =
      new Hardware("snapdragon-8-gen-2", "Snapdragon 8 Gen 2 phone", HardwareTier.DEVICE, 300, 5);
  public static final Hardware T4 = new Hardware("t4", "NVIDIA T4", HardwareTier.EDGE, 4_500, 70);
  public static final Hardware L4 = new Hardware("l4", "NVIDIA L4", HardwareTier.EDGE, 9_000, 72);
  public static final Hardware A100 =
      new Hardware("a100", "NVIDIA A100 SXM", HardwareTier.CLOUD, 12_000, 400);
  public static final Hardware H100 =
      new Hardware("h100", "NVIDIA H100 SXM", HardwareTier.CLOUD, 18_000, 700);

  private static final List<Hardware> ALL =
      List.of(RASPBERRY_PI_4, JETSON_NANO, JETSON_ORIN_NANO, PHONE_SOC, T4, L4, A100, H100);

  /** Dense FP32 peaks (datasheets; CPUs: cores × FMA width × clock), GFLOPS. */
  private static final Map<String, Double> FP32_PEAK_GFLOPS =
      Map.of(
          "rpi4", 48.0,
          "jetson-nano", 236.0,
          "jetson-orin-nano", 1_280.0,
          "snapdragon-8-gen-2", 2_000.0,
          "t4", 8_100.0,
          "l4", 30_300.0,
          "a100", 19_500.0,
          "h100", 66_900.0);

  private HardwareCatalogue() {}

  /** The hardware's dense FP32 peak, GFLOPS: what the product registers as its peak. */
  public static double peakFp32Gflops(Hardware hardware) {
    return FP32_PEAK_GFLOPS.get(hardware.id());
  }

  public static List<Hardware> all() {
    return ALL;
  }

  public static Hardware byId(String id) {
    return ALL.stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no hardware with id " + id));
  }
}
