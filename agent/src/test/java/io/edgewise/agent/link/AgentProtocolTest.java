package io.edgewise.agent.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agent.hardware.GpuReading;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.link.AgentProtocol.GpuFacts;
import io.edgewise.agent.link.AgentProtocol.ModelReport;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AgentProtocolTest {
  private static final HostFacts HOST = new HostFacts(12, 65536, "AMD EPYC 7763 64-Core Processor");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void registersEachGpuWithItsPeakAndCapability() {
    var request = register("edge-1", new GpuReading(0, "NVIDIA L4", 23034L, 0L, 0.0, "8.9", null));
    assertThat(request.gpus())
        .containsExactly(new GpuFacts(0, "NVIDIA", "NVIDIA L4", 23034, 30.3, "8.9"));
    assertThat(request.cpuCores()).isEqualTo(12);
    assertThat(request.memoryMib()).isEqualTo(65536);
  }

  @Test
  void givesAnIntegratedGpuWithoutItsOwnMemoryTheNodesMemory() {
    var request = register(null, new GpuReading(0, "Orin (nvgpu)", null, null, null, "8.7", null));
    assertThat(request.gpus().get(0).memoryMib()).isEqualTo(65536);
  }

  @Test
  void cpuOnlyNodeRegistersItsCpuAsAcceleratorZero() throws Exception {
    var request = AgentProtocol.register("machine-1", "site-a", null, HOST, List.of());
    assertThat(json.writeValueAsString(request))
        .isEqualTo(
            "{\"agentId\":\"machine-1\",\"site\":\"site-a\","
                + "\"cpuCores\":12,\"memoryMib\":65536,\"gpus\":[{\"index\":0,\"vendor\":\"CPU\",\"model\":\"AMD"
                + " EPYC 7763 64-Core Processor\",\"memoryMib\":32768,\"peakTflops\":0.384}]}");
  }

  @Test
  void nodeWithGpusRegistersNoCpuAccelerator() {
    var request = register(null, new GpuReading(0, "Tesla T4", 15360L, 0L, 0.0, "7.5", null));
    assertThat(request.gpus()).extracting(GpuFacts::vendor).containsExactly("NVIDIA");
  }

  @Test
  void heartbeatSendsOnlyTheDocumentedSampleFieldsAndModels() throws Exception {
    var body =
        AgentProtocol.heartbeat(
            List.of(new GpuReading(0, "Tesla T4", 15360L, 5120L, 62.5, "7.5", null)),
            new AgentProtocol.CpuSample(99.0, 1),
            List.of(new ModelReport("v1", "a".repeat(64), "LOADED", 41.3, null)));
    assertThat(json.writeValueAsString(body))
        .isEqualTo(
            "{\"gpus\":[{\"index\":0,\"utilizationPct\":62.5,\"memoryUsedMib\":5120,\"temperatureC\":null}],"
                + "\"models\":[{\"versionId\":\"v1\",\"sha256\":\""
                + "a".repeat(64)
                + "\",\"state\":\"LOADED\",\"loadMs\":41.3,\"error\":null}]}");
  }

  @Test
  void cpuOnlyHeartbeatSamplesTheCpuAsAcceleratorZero() throws Exception {
    var body =
        AgentProtocol.heartbeat(List.of(), new AgentProtocol.CpuSample(37.5, 812), List.of());
    assertThat(json.writeValueAsString(body))
        .isEqualTo(
            "{\"gpus\":[{\"index\":0,\"utilizationPct\":37.5,\"memoryUsedMib\":812,\"temperatureC\":null}],\"models\":[]}");
  }

  @Test
  void sendsAtMost256ModelReports() {
    List<ModelReport> many =
        IntStream.range(0, 300)
            .mapToObj(i -> new ModelReport("v", String.format("%064x", i), "STORED", null, null))
            .toList();
    assertThat(
            AgentProtocol.heartbeat(List.of(), new AgentProtocol.CpuSample(null, 0), many).models())
        .hasSize(256);
  }

  @Test
  void leavesOutModelReportsTheControlPlaneWouldRefuse() {
    String sha = "b".repeat(64);
    List<ModelReport> reports =
        List.of(
            new ModelReport(null, sha, "LOADED", 1.0, null),
            new ModelReport("v", "not-a-sha", "LOADED", 1.0, null),
            new ModelReport("v", sha, "UNLOADING", null, null),
            new ModelReport("v", sha, "LOADED", Double.NaN, null),
            new ModelReport("v", sha, "LOADED", -1.0, null),
            new ModelReport("v", sha, "FAILED", 3.0, "x".repeat(2000)));
    assertThat(
            AgentProtocol.heartbeat(List.of(), new AgentProtocol.CpuSample(null, 0), reports)
                .models())
        .containsExactly(new ModelReport("v", sha, "FAILED", 3.0, "x".repeat(500)));
  }

  /** Registers machine-1 at site-a on {@link #HOST} with one GPU. */
  private static AgentProtocol.RegisterRequest register(String nodeName, GpuReading gpu) {
    return AgentProtocol.register("machine-1", "site-a", nodeName, HOST, List.of(gpu));
  }
}
