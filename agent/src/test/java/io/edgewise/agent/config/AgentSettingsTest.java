package io.edgewise.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentSettingsTest {

  private static Map<String, String> minimal() {
    Map<String, String> env = new HashMap<>();
    env.put("EDGEWISE_URL", "https://edgewise.example/");
    env.put("EDGEWISE_AGENT_TOKEN", "ew_abc");
    env.put("EDGEWISE_SITE", "central-station-mec");
    return env;
  }

  @Test
  void appliesDefaultsToTheOptionalSettings() throws Exception {
    AgentSettings s = AgentSettings.fromEnvironment(minimal());
    assertThat(s.controlPlane()).isEqualTo(URI.create("https://edgewise.example"));
    assertThat(s.site()).isEqualTo("central-station-mec");
    assertThat(s.dataDir()).isEqualTo(Path.of(AgentSettings.DEFAULT_DATA_DIR));
    assertThat(s.port()).isEqualTo(AgentSettings.DEFAULT_PORT);
    assertThat(s.heartbeatEvery()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.storeMaxBytes()).isEqualTo(10L << 30);
    assertThat(s.metricsBufferMaxBytes()).isEqualTo(50L << 20);
    assertThat(s.agentId()).as("the machine id names the agent").isNull();
  }

  @Test
  void takesAnExplicitAgentIdForSeveralAgentsOnOneMachine() throws Exception {
    Map<String, String> env = minimal();
    env.put("EDGEWISE_AGENT_ID", "rack-3-agent-b");
    assertThat(AgentSettings.fromEnvironment(env).agentId()).isEqualTo("rack-3-agent-b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "500m, 524288000",
    "2g, 2147483648",
    "2G, 2147483648",
    "1t, 1099511627776",
    "3000000, 3000000",
    "1536k, 1572864",
    "64mb, 67108864"
  })
  void readsStoreSizes(String value, long bytes) throws Exception {
    Map<String, String> env = minimal();
    env.put("EDGEWISE_AGENT_STORE_MAX", value);
    assertThat(AgentSettings.fromEnvironment(env).storeMaxBytes()).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"10s, 10000", "500ms, 500", "2m, 120000", "7, 7000"})
  void readsHeartbeatDurations(String value, long millis) throws Exception {
    Map<String, String> env = minimal();
    env.put("EDGEWISE_AGENT_HEARTBEAT_EVERY", value);
    assertThat(AgentSettings.fromEnvironment(env).heartbeatEvery())
        .isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "EDGEWISE_URL, ''",
    "EDGEWISE_URL, ftp://x",
    "EDGEWISE_URL, not a url",
    "EDGEWISE_URL, http://",
    "EDGEWISE_AGENT_TOKEN, ''",
    "EDGEWISE_SITE, '  '",
    "EDGEWISE_AGENT_PORT, 0",
    "EDGEWISE_AGENT_PORT, 70000",
    "EDGEWISE_AGENT_PORT, http",
    "EDGEWISE_AGENT_HEARTBEAT_EVERY, 0s",
    "EDGEWISE_AGENT_HEARTBEAT_EVERY, -5s",
    "EDGEWISE_AGENT_HEARTBEAT_EVERY, 10 seconds",
    "EDGEWISE_AGENT_HEARTBEAT_EVERY, 2h",
    "EDGEWISE_AGENT_STORE_MAX, 10 gigabytes",
    "EDGEWISE_AGENT_STORE_MAX, -1g",
    "EDGEWISE_AGENT_STORE_MAX, 1k",
    "EDGEWISE_AGENT_STORE_MAX, 99999999999999t",
    "EDGEWISE_AGENT_METRICS_BUFFER_MAX, 1.5m",
    "EDGEWISE_AGENT_METRICS_BUFFER_MAX, 0",
    "EDGEWISE_AGENT_ID, 'two words'"
  })
  void rejectsAMissingOrMalformedSettingNamingIt(String variable, String value) {
    Map<String, String> env = minimal();
    env.put(variable, value);
    assertThatThrownBy(() -> AgentSettings.fromEnvironment(env))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith(variable + " ");
  }

  @Test
  void rejectsAnUnsetUrl() {
    Map<String, String> env = minimal();
    env.remove("EDGEWISE_URL");
    assertThatThrownBy(() -> AgentSettings.fromEnvironment(env))
        .hasMessage("EDGEWISE_URL is required but not set");
  }
}
