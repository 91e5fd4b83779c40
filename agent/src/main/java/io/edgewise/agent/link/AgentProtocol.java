package io.edgewise.agent.link;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.edgewise.agent.hardware.CpuAccelerator;
import io.edgewise.agent.hardware.GpuReading;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.hardware.PeakTflops;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The bodies of {@code /api/v1/agent/register} and {@code /heartbeat}, field for field as
 * docs/api/nodes.md and docs/api/agent-runtime.md (CPU accelerator, models and planId) have them.
 */
public final class AgentProtocol {
  private static final Set<String> MODEL_STATES = Set.of("LOADED", "LOADING", "FAILED", "STORED");

  private AgentProtocol() {}

  /** Registration: the machine's identity, its site (id or name) and its hardware facts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RegisterRequest(
      String agentId,
      String site,
      String hostname,
      int cpuCores,
      long memoryMib,
      List<GpuFacts> gpus) {}

  /** One accelerator's hardware facts (a GPU, or the CPU of a node without GPUs). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GpuFacts(
      int index,
      String vendor,
      String model,
      long memoryMib,
      double peakTflops,
      String computeCapability) {}

  /**
   * {@code siteId} names the node's site (metrics are pushed for it); older control planes did not
   * send it.
   */
  public record RegisterResponse(
      UUID nodeId, String credential, long heartbeatIntervalSeconds, UUID siteId) {}

  /** A heartbeat: accelerator samples and the models this node holds. */
  public record HeartbeatRequest(List<GpuSample> gpus, List<ModelReport> models) {}

  /**
   * One accelerator's live state; null where the agent cannot read it (the control plane accepts
   * that).
   */
  public record GpuSample(
      int index, Double utilizationPct, Long memoryUsedMib, Double temperatureC) {}

  /** One model artifact on this node: {@code state} is STORED, LOADING, LOADED or FAILED. */
  public record ModelReport(
      String versionId, String sha256, String state, Double loadMs, String error) {}

  /**
   * {@code planId}: the tenant's latest plan, null before the first; a new one means assignments
   * changed.
   */
  public record HeartbeatResponse(String status, long heartbeatIntervalSeconds, String planId) {}

  /**
   * The CPU accelerator's live state: the machine's CPU load and the heap plus held models' bytes.
   */
  public record CpuSample(Double utilizationPct, long memoryUsedMib) {}

  /**
   * Registers what discovery found. A GPU whose total memory nvidia-smi cannot tell (Jetson-like
   * integrated GPUs share the system memory) is given the node's memory, since the API requires a
   * positive size. A node without GPUs registers its CPU as accelerator 0 ({@link CpuAccelerator}).
   */
  public static RegisterRequest register(
      String agentId, String site, String hostname, HostFacts host, List<GpuReading> gpus) {
    List<GpuFacts> facts =
        gpus.isEmpty()
            ? List.of(
                new GpuFacts(
                    0,
                    CpuAccelerator.VENDOR,
                    truncate(host.cpuModel(), 100),
                    CpuAccelerator.memoryMib(host),
                    CpuAccelerator.peakTflops(host.cpuCores()),
                    null))
            : gpus.stream()
                .map(
                    g ->
                        new GpuFacts(
                            g.index(),
                            "NVIDIA",
                            truncate(g.model(), 100),
                            g.memoryMib() == null ? host.memoryMib() : g.memoryMib(),
                            PeakTflops.of(g.model()),
                            truncate(g.computeCapability(), 20)))
                .toList();
    return new RegisterRequest(
        agentId, site, truncate(hostname, 253), host.cpuCores(), host.memoryMib(), facts);
  }

  /**
   * Samples the GPUs, or the CPU accelerator when there are none; temperature is not in the agreed
   * nvidia-smi query yet, so it is sent as unknown. Model reports the control plane would refuse (a
   * 400 would cost the node its heartbeats: no version, not a sha256, an unknown state, a negative
   * or non-finite load time) are left out, errors cut to 500 characters, and at most 256 are sent
   * (the contract's limit). {@code models} null sends none: the control plane keeps the report it
   * has.
   */
  public static HeartbeatRequest heartbeat(
      List<GpuReading> gpus, CpuSample cpu, List<ModelReport> models) {
    List<GpuSample> samples =
        gpus.isEmpty()
            ? List.of(new GpuSample(0, cpu.utilizationPct(), cpu.memoryUsedMib(), null))
            : gpus.stream()
                .map(g -> new GpuSample(g.index(), g.utilizationPct(), g.memoryUsedMib(), null))
                .toList();
    List<ModelReport> valid =
        models == null
            ? null
            : models.stream()
                .filter(AgentProtocol::valid)
                .limit(256)
                .map(
                    m ->
                        new ModelReport(
                            m.versionId(),
                            m.sha256(),
                            m.state(),
                            m.loadMs(),
                            truncate(m.error(), 500)))
                .toList();
    return new HeartbeatRequest(samples, valid);
  }

  private static boolean valid(ModelReport m) {
    return m.versionId() != null
        && !m.versionId().isBlank()
        && m.sha256() != null
        && m.sha256().matches("[0-9a-f]{64}")
        && MODEL_STATES.contains(m.state())
        && (m.loadMs() == null || (m.loadMs() >= 0 && Double.isFinite(m.loadMs())));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
