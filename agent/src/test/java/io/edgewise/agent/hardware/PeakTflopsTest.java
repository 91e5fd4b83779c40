package io.edgewise.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeakTflopsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tesla T4                | 65",
        "NVIDIA L4               | 121",
        "NVIDIA L40S             | 362",
        "NVIDIA A100-SXM4-80GB   | 312",
        "NVIDIA A100-PCIE-40GB   | 312",
        "NVIDIA H100 80GB HBM3   | 989",
        "NVIDIA H100 PCIe        | 756",
        "NVIDIA GeForce RTX 4090 | 165",
        "Orin (nvgpu)            | 10", // unknown: the conservative default
        "NVIDIA A10G             | 10", // not A10: no published dense FP16 figure, so the default
      })
  void looksUpKnownModelsAndDefaultsConservatively(String model, double expected) {
    assertThat(PeakTflops.of(model)).isEqualTo(expected);
  }
}
