package io.edgewise.app.demo;

import io.edgewise.node.GpuSample;
import io.edgewise.node.GpuSpec;
import io.edgewise.node.HeartbeatService;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.node.NodeService.NodeData;
import io.edgewise.node.NodeStatus;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The demo tenant's nodes: Jetson Orin modules at the fog site, T4 and L4 cards at the cloudlet and
 * the MEC site, A100 and H100 servers in the cloud, each registered with its dense FP32 peak (the
 * planner's convention, docs/algorithms.md "Calibrated hardware"). Each node but the one in
 * maintenance gets a first heartbeat here; {@link DemoAgents} keeps them beating.
 */
@ApplicationScoped
public class DemoNodes {

  private static final GpuSpec ORIN_AGX =
      new GpuSpec(0, "NVIDIA", "Jetson AGX Orin 64GB", 65_536, 5.3, "8.7");
  private static final GpuSpec ORIN_NX =
      new GpuSpec(0, "NVIDIA", "Jetson Orin NX 16GB", 16_384, 1.9, "8.7");
  private static final GpuSpec T4 = new GpuSpec(0, "NVIDIA", "Tesla T4", 15_360, 8.1, "7.5");
  private static final GpuSpec L4 = new GpuSpec(0, "NVIDIA", "L4", 23_034, 30.3, "8.9");
  private static final GpuSpec A100 =
      new GpuSpec(0, "NVIDIA", "A100 SXM4 80GB", 81_920, 19.5, "8.0");
  private static final GpuSpec H100 = new GpuSpec(0, "NVIDIA", "H100 SXM5 80GB", 81_559, 67, "9.0");

  @Inject NodeService nodes;
  @Inject HeartbeatService heartbeats;
  @Inject SiteService sites;

  /** Runs inside the demo tenant's scope, after the sites exist. */
  @Transactional
  public void seed() {
    node("harbour-fog", "fog-orin-1", 12, 65_536, NodeStatus.PENDING, gpus(ORIN_AGX, 1));
    node("harbour-fog", "fog-orin-2", 12, 65_536, NodeStatus.PENDING, gpus(ORIN_AGX, 1));
    node("harbour-fog", "fog-orin-nx-1", 8, 16_384, NodeStatus.MAINTENANCE, gpus(ORIN_NX, 1));
    node("campus-cloudlet", "cloudlet-t4-1", 32, 262_144, NodeStatus.PENDING, gpus(T4, 2));
    node("campus-cloudlet", "cloudlet-l4-1", 32, 262_144, NodeStatus.PENDING, gpus(L4, 2));
    node("central-station-mec", "mec-l4-1", 24, 131_072, NodeStatus.PENDING, gpus(L4, 1));
    node("central-station-mec", "mec-t4-1", 16, 131_072, NodeStatus.PENDING, gpus(T4, 1));
    node("eu-central-cloud", "cloud-a100-1", 128, 1_048_576, NodeStatus.PENDING, gpus(A100, 4));
    node("eu-central-cloud", "cloud-a100-2", 128, 1_048_576, NodeStatus.PENDING, gpus(A100, 4));
    node("eu-central-cloud", "cloud-h100-1", 192, 2_097_152, NodeStatus.PENDING, gpus(H100, 8));
  }

  private void node(
      String site,
      String name,
      int cpuCores,
      long memoryMib,
      NodeStatus status,
      List<GpuSpec> gpus) {
    UUID siteId =
        sites
            .findByName(site)
            .orElseThrow(() -> new IllegalStateException("demo site " + site + " is missing"))
            .id;
    Node node =
        nodes.create(
            new NodeData(name, siteId, name + ".demo.local", cpuCores, memoryMib, status, gpus));
    if (status != NodeStatus.MAINTENANCE) {
      heartbeats.heartbeat(node.id, samples(node));
    }
  }

  private static List<GpuSpec> gpus(GpuSpec model, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new GpuSpec(
                    i,
                    model.vendor(),
                    model.model(),
                    model.memoryMib(),
                    model.peakTflops(),
                    model.computeCapability()))
        .toList();
  }

  /**
   * A plausible sample: busier and warmer on the first GPU of each node, a third of memory in use.
   */
  private static List<GpuSample> samples(Node node) {
    return node.gpus.stream()
        .map(
            g ->
                new GpuSample(
                    g.deviceIndex,
                    g.deviceIndex == 0 ? 62.0 : 35.0,
                    g.memoryMib / 3,
                    g.deviceIndex == 0 ? 67.0 : 55.0))
        .toList();
  }
}
