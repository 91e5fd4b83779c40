package io.edgewise.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.AgentMain;
import io.edgewise.agent.serving.ServingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The systemd unit and its example environment file (agent/packaging) configure an agent that
 * starts.
 */
class PackagingTest {

  private static final Path PACKAGING = Path.of("packaging");

  @Test
  void theExampleEnvironmentWithTheUnitsOwnSettingsIsAValidConfiguration() throws Exception {
    Map<String, String> env =
        new HashMap<>(assignments(Files.readAllLines(PACKAGING.resolve("agent.env.example"))));
    List<String> unit = Files.readAllLines(PACKAGING.resolve("edgewise-agent.service"));
    unit.stream()
        .filter(line -> line.startsWith("Environment="))
        .forEach(line -> env.putAll(assignments(List.of(line.substring(12)))));

    AgentSettings settings = AgentSettings.fromEnvironment(env);
    ServingSettings.from(env);
    String stateDirectory =
        unit.stream()
            .filter(line -> line.startsWith("StateDirectory="))
            .findFirst()
            .orElseThrow()
            .substring(15);
    assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib", stateDirectory));
    assertThat(unit)
        .anySatisfy(line -> assertThat(line).startsWith("ExecStart=").endsWith("/quarkus-run.jar"));
    assertThat(unit).contains("RestartPreventExitStatus=" + AgentMain.BAD_SETTING);
  }

  private static Map<String, String> assignments(List<String> lines) {
    Map<String, String> values = new HashMap<>();
    lines.stream()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(
            line ->
                values.put(
                    line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    return values;
  }
}
