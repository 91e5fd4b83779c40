package io.edgewise.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFactsTest {
  @TempDir Path dir;

  @Test
  void readsMemTotalInMib() throws Exception {
    Path meminfo =
        Files.writeString(
            dir.resolve("meminfo"), "MemTotal:       131891388 kB\nMemFree:         1024000 kB\n");
    assertThat(HostFacts.memTotalMib(meminfo)).isEqualTo(131891388 / 1024);
  }

  @Test
  void readsZeroWhenMeminfoIsMissingOrOdd() throws Exception {
    assertThat(HostFacts.memTotalMib(dir.resolve("absent"))).isZero();
    assertThat(HostFacts.memTotalMib(Files.writeString(dir.resolve("odd"), "nothing here")))
        .isZero();
  }

  @Test
  void readsTheCpuModelNameOrFallsBackToCpu() throws Exception {
    Path cpuinfo =
        Files.writeString(
            dir.resolve("cpuinfo"),
            "processor\t: 0\n"
                + "vendor_id\t: GenuineIntel\n"
                + "model name\t: Intel(R) Xeon(R)   Gold 6338 CPU @ 2.00GHz\n"
                + "processor\t: 1\n"
                + "model name\t: other\n");
    assertThat(HostFacts.cpuModel(cpuinfo)).isEqualTo("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz");
    assertThat(HostFacts.cpuModel(dir.resolve("absent"))).isEqualTo("CPU");
    assertThat(
            HostFacts.cpuModel(
                Files.writeString(dir.resolve("arm"), "processor\t: 0\nBogoMIPS\t: 50.00\n")))
        .isEqualTo("CPU");
  }

  @Test
  void readsThisMachine() {
    HostFacts facts = HostFacts.read();
    assertThat(facts.cpuCores()).isPositive();
    assertThat(facts.memoryMib()).isGreaterThan(1);
    assertThat(facts.cpuModel()).isNotBlank();
  }
}
