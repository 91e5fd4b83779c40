package io.edgewise.node.api;

import io.edgewise.node.Gpu;
import io.edgewise.node.ModelReport;
import io.edgewise.node.Node;
import io.edgewise.node.NodeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A node as clients see it, with its GPUs and their last sampled state. */
public record NodeView(
    UUID id,
    String name,
    UUID siteId,
    String agentId,
    String hostname,
    int cpuCores,
    long memoryMib,
    NodeStatus status,
    Instant lastHeartbeatAt,
    List<GpuView> gpus,
    List<ModelReport> models,
    Instant modelsReportedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** One GPU: hardware facts, then live state (null until the first heartbeat that samples it). */
  public record GpuView(
      int index,
      String vendor,
      String model,
      long memoryMib,
      double peakTflops,
      String computeCapability,
      Double utilizationPct,
      Long memoryUsedMib,
      Double temperatureC,
      Instant sampledAt) {
    static GpuView of(Gpu g) {
      return new GpuView(
          g.deviceIndex,
          g.vendor,
          g.model,
          g.memoryMib,
          g.peakTflops,
          g.computeCapability,
          g.utilizationPct,
          g.memoryUsedMib,
          g.temperatureC,
          g.sampledAt);
    }
  }

  static NodeView of(Node n) {
    return new NodeView(
        n.id,
        n.name,
        n.siteId,
        n.agentId,
        n.hostname,
        n.cpuCores,
        n.memoryMib,
        n.status,
        n.lastHeartbeatAt,
        n.gpus.stream().map(GpuView::of).toList(),
        n.models,
        n.modelsReportedAt,
        n.createdAt,
        n.updatedAt,
        n.version);
  }
}
