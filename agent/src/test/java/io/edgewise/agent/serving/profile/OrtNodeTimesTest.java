package io.edgewise.agent.serving.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrtNodeTimesTest {

  @Test
  void gpuLaunchTimesShareOutTheMeasuredWallTimeInProportion() {
    Map<String, Double> launches = new LinkedHashMap<>();
    launches.put("conv", 0.03);
    launches.put("relu", 0.01);
    // 4 ms of wall time per run: 3 to the node that took three quarters of the launch time
    Map<String, Double> scaled = OrtNodeTimes.scaledTo(launches, 4.0);
    assertThat(scaled.get("conv")).isCloseTo(3.0, within(1e-9));
    assertThat(scaled.get("relu")).isCloseTo(1.0, within(1e-9));
    assertThat(scaled.keySet()).containsExactly("conv", "relu");
  }

  @Test
  void aTraceWithNoTimeIsLeftAsItIs() {
    Map<String, Double> none = Map.of("conv", 0.0);
    assertThat(OrtNodeTimes.scaledTo(none, 4.0)).isEqualTo(none);
  }
}
