package io.edgewise.agent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged agent started as an operator would, with a bad environment: it says which variable,
 * once, and exits 2.
 */
class AgentProcessIT {

  @Test
  void exitsWithCode2AndOneLineWhenASettingIsMissing() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            System.getProperty("edgewise.agent.jar"));
    pb.environment().keySet().removeIf(k -> k.startsWith("EDGEWISE_"));
    pb.environment().put("EDGEWISE_AGENT_TOKEN", "ew_abc");
    pb.environment().put("EDGEWISE_SITE", "central-station-mec");
    Process p = pb.redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(output.strip().lines())
        .singleElement()
        .asString()
        .contains("SEVERE")
        .contains("EDGEWISE_URL is required but not set");
  }
}
