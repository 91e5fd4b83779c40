package io.edgewise.agent.link;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.edgewise.agent.hardware.GpuReading;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.hardware.PeakTflops;
import java.util.List;
import java.util.UUID;

/** The bodies of {@code /api/v1/agent/register} and {@code /heartbeat}, field for field as docs/api/nodes.md has them. */
public final class AgentProtocol {
  private AgentProtocol() {}

  /** Registration: the machine's identity, its site (id or name) and its hardware facts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RegisterRequest(
      String agentId, String site, String hostname, int cpuCores, long memoryMib, List<GpuFacts> gpus) {}

  /** One GPU's hardware facts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GpuFacts(
      int index, String vendor, String model, long memoryMib, double peakTflops, String computeCapability) {}

  public record RegisterResponse(UUID nodeId, String credential, long heartbeatIntervalSeconds) {}

  public record HeartbeatRequest(List<GpuSample> gpus) {}

  /** One GPU's live state; null where the agent cannot read it (the control plane accepts that). */
  public record GpuSample(int index, Double utilizationPct, Long memoryUsedMib, Double temperatureC) {}

  public record HeartbeatResponse(String status, long heartbeatIntervalSeconds) {}

  /**
   * Registers what discovery found. A GPU whose total memory nvidia-smi cannot tell (Jetson-like integrated GPUs
   * share the system memory) is given the node's memory, since the API requires a positive size.
   */
  public static RegisterRequest register(String agentId, String site, String hostname, HostFacts host, List<GpuReading> gpus) {
    List<GpuFacts> facts = gpus.stream().map(g -> new GpuFacts(g.index(), "NVIDIA", truncate(g.model(), 100),
        g.memoryMib() == null ? host.memoryMib() : g.memoryMib(), PeakTflops.of(g.model()),
        truncate(g.computeCapability(), 20))).toList();
    return new RegisterRequest(agentId, site, truncate(hostname, 253), host.cpuCores(), host.memoryMib(), facts);
  }

  /** Samples the GPUs; temperature is not in the agreed nvidia-smi query yet, so it is sent as unknown. */
  public static HeartbeatRequest heartbeat(List<GpuReading> gpus) {
    return new HeartbeatRequest(gpus.stream().map(g -> new GpuSample(g.index(), g.utilizationPct(), g.memoryUsedMib(), null)).toList());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
