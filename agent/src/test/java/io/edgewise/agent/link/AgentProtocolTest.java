package io.edgewise.agent.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agent.hardware.GpuReading;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.link.AgentProtocol.GpuFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentProtocolTest {
  private static final HostFacts HOST = new HostFacts(12, 65536);
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void registersEachGpuWithItsPeakAndCapability() {
    var request = AgentProtocol.register("machine-1", "site-a", "edge-1", HOST,
        List.of(new GpuReading(0, "NVIDIA L4", 23034L, 0L, 0.0, "8.9", null)));
    assertThat(request.gpus()).containsExactly(new GpuFacts(0, "NVIDIA", "NVIDIA L4", 23034, 121.0, "8.9"));
    assertThat(request.cpuCores()).isEqualTo(12);
    assertThat(request.memoryMib()).isEqualTo(65536);
  }

  @Test
  void givesAnIntegratedGpuWithoutItsOwnMemoryTheNodesMemory() {
    var request = AgentProtocol.register("machine-1", "site-a", null, HOST,
        List.of(new GpuReading(0, "Orin (nvgpu)", null, null, null, "8.7", null)));
    assertThat(request.gpus().get(0).memoryMib()).isEqualTo(65536);
  }

  @Test
  void cpuOnlyNodeRegistersNoAccelerator() throws Exception {
    var request = AgentProtocol.register("machine-1", "site-a", null, HOST, List.of());
    assertThat(json.writeValueAsString(request))
        .isEqualTo("{\"agentId\":\"machine-1\",\"site\":\"site-a\",\"cpuCores\":12,\"memoryMib\":65536,\"gpus\":[]}");
  }

  @Test
  void heartbeatSendsOnlyTheDocumentedSampleFields() throws Exception {
    var body = AgentProtocol.heartbeat(List.of(new GpuReading(0, "Tesla T4", 15360L, 5120L, 62.5, "7.5", null)));
    assertThat(json.writeValueAsString(body)).isEqualTo(
        "{\"gpus\":[{\"index\":0,\"utilizationPct\":62.5,\"memoryUsedMib\":5120,\"temperatureC\":null}]}");
  }
}
