package io.edgewise.agent.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Serving's environment variables: defaults, accepted forms, and a clear error naming the variable.
 */
class ServingSettingsTest {

  @Test
  void defaultsAreTritonLike() {
    assertThat(ServingSettings.from(Map.of()))
        .isEqualTo(new ServingSettings(8, Duration.ZERO, 128, true));
  }

  @Test
  void readsEveryVariable() {
    ServingSettings settings =
        ServingSettings.from(
            Map.of(
                "EDGEWISE_AGENT_MAX_BATCH",
                "4",
                "EDGEWISE_AGENT_MAX_QUEUE_DELAY",
                "500us",
                "EDGEWISE_AGENT_MAX_QUEUE",
                "16",
                "EDGEWISE_AGENT_PROFILE",
                "off",
                "EDGEWISE_AGENT_BATCH_CURVE_MAX",
                "64"));
    assertThat(settings)
        .isEqualTo(new ServingSettings(4, Duration.ofNanos(500_000), 16, false, 64));
    assertThat(settings.batchFor(0)).isEqualTo(4);
    assertThat(settings.batchFor(1)).isEqualTo(1);
    assertThat(settings.batchFor(16)).isEqualTo(16);
  }

  @Test
  void malformedValuesNameTheVariable() {
    assertThatThrownBy(() -> ServingSettings.from(Map.of("EDGEWISE_AGENT_MAX_BATCH", "0")))
        .hasMessageContaining("EDGEWISE_AGENT_MAX_BATCH");
    assertThatThrownBy(() -> ServingSettings.from(Map.of("EDGEWISE_AGENT_MAX_QUEUE_DELAY", "soon")))
        .hasMessageContaining("EDGEWISE_AGENT_MAX_QUEUE_DELAY");
    assertThatThrownBy(() -> ServingSettings.from(Map.of("EDGEWISE_AGENT_BATCH_CURVE_MAX", "x")))
        .hasMessageContaining("EDGEWISE_AGENT_BATCH_CURVE_MAX");
  }
}
