package io.edgewise.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuAcceleratorTest {
  private static final HostFacts TWO_CORES = new HostFacts(2, 7963, "AMD EPYC");

  @Test
  void peakIs32GflopsPerCoreAndMemoryHalfTheNodes() {
    assertThat(CpuAccelerator.peakTflops(2)).isEqualTo(0.064);
    assertThat(CpuAccelerator.peakTflops(64)).isEqualTo(2.048);
    assertThat(CpuAccelerator.memoryMib(TWO_CORES)).isEqualTo(3981);
    assertThat(CpuAccelerator.memoryMib(new HostFacts(1, 1, "x"))).isEqualTo(1);
  }

  @Test
  void hardwareKeyIsTheCoreCountWithoutGpusElseGpuZerosModel() {
    assertThat(CpuAccelerator.hardwareKey(TWO_CORES, List.of())).isEqualTo("cpu-2c");
    assertThat(
            CpuAccelerator.hardwareKey(
                TWO_CORES,
                List.of(
                    new GpuReading(0, "NVIDIA H100 80GB HBM3", 81559L, 0L, 0.0, "9.0", null),
                    new GpuReading(1, "Tesla T4", 15360L, 0L, 0.0, "7.5", null))))
        .isEqualTo("NVIDIA H100 80GB HBM3");
  }

  @Test
  void samplesTheLoadAsAPercentAndTheHeapPlusHeldModels() {
    CpuAccelerator.loadPct(); // the first reading of the bean may be 0 or unknown
    Double load = CpuAccelerator.loadPct();
    if (load != null) {
      assertThat(load).isBetween(0.0, 100.0);
    }
    long heapOnly = CpuAccelerator.memoryUsedMib(0);
    assertThat(heapOnly).isPositive();
    assertThat(CpuAccelerator.memoryUsedMib(512L << 20)).isBetween(heapOnly + 400, heapOnly + 700);
  }
}
