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
    Path meminfo = Files.writeString(dir.resolve("meminfo"),
        "MemTotal:       131891388 kB\nMemFree:         1024000 kB\n");
    assertThat(HostFacts.memTotalMib(meminfo)).isEqualTo(131891388 / 1024);
  }

  @Test
  void readsZeroWhenMeminfoIsMissingOrOdd() throws Exception {
    assertThat(HostFacts.memTotalMib(dir.resolve("absent"))).isZero();
    assertThat(HostFacts.memTotalMib(Files.writeString(dir.resolve("odd"), "nothing here"))).isZero();
  }

  @Test
  void readsThisMachine() {
    HostFacts facts = HostFacts.read();
    assertThat(facts.cpuCores()).isPositive();
    assertThat(facts.memoryMib()).isGreaterThan(1);
  }
}
