package io.edgewise.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GPUs register their dense FP32 peak (the planner's convention), not an FP16 tensor peak. */
class PeakTflopsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tesla T4                | 8.1",
        "NVIDIA L4               | 30.3",
        "NVIDIA L40S             | 91.6",
        "NVIDIA A100-SXM4-80GB   | 19.5",
        "NVIDIA A100-PCIE-40GB   | 19.5",
        "NVIDIA H100 80GB HBM3   | 67",
        "NVIDIA H100 PCIe        | 51.2",
        "NVIDIA GeForce RTX 4090 | 82.6",
        "Orin (nvgpu)            | 2", // unknown: the conservative default
        "NVIDIA A10G             | 2", // not A10 (31.2): the A10G is a different part, so the
        // default
      })
  void looksUpKnownModelsAndDefaultsConservatively(String model, double expected) {
    assertThat(PeakTflops.of(model)).isEqualTo(expected);
  }
}
