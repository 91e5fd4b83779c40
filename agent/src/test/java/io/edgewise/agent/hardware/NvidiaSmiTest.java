package io.edgewise.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs stand-in nvidia-smi scripts: nvidia-smi is a binary the project does not own. */
class NvidiaSmiTest {
  @TempDir Path dir;

  @Test
  void readsNoGpusWithoutTheBinary() {
    assertThat(new NvidiaSmi(Optional.empty(), Duration.ofSeconds(1)).get()).isEmpty();
  }

  @Test
  void parsesWhatTheBinaryPrints() throws Exception {
    Path smi = script("echo '0, Tesla T4, 15360, 5120, 62, 7.5, [N/A]'");
    assertThat(new NvidiaSmi(Optional.of(smi), Duration.ofSeconds(5)).get())
        .containsExactly(new GpuReading(0, "Tesla T4", 15360L, 5120L, 62.0, "7.5", null));
  }

  @Test
  void readsNoGpusWhenTheBinaryFails() throws Exception {
    Path smi =
        script(
            "echo 'NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.';"
                + " exit 9");
    assertThat(new NvidiaSmi(Optional.of(smi), Duration.ofSeconds(5)).get()).isEmpty();
  }

  @Test
  void readsNoGpusWhenTheBinaryHangs() throws Exception {
    Path smi = script("exec sleep 5");
    assertThat(new NvidiaSmi(Optional.of(smi), Duration.ofMillis(200)).get()).isEmpty();
  }

  private Path script(String body) throws Exception {
    Path smi = dir.resolve("nvidia-smi");
    Files.writeString(smi, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwx------"));
    return smi;
  }
}
