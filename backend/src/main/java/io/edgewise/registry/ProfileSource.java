package io.edgewise.registry;

/**
 * Where a layer profile came from; planners trust MEASURED over ESTIMATED over REFERENCE numbers
 * alike.
 */
public enum ProfileSource {
  /**
   * Computed from a published architecture (the demo's AlexNet, VGG-16, ResNet-50, MobileNetV2).
   */
  REFERENCE,
  /** FLOPs and sizes derived by a tool or by hand, no timings. */
  ESTIMATED,
  /** Timed layer by layer on real hardware. */
  MEASURED
}
