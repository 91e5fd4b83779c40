package io.edgewise.ui.deployment;

import io.edgewise.base.error.DomainException;
import io.edgewise.node.Gpu;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.planning.PlanGpu;
import io.edgewise.site.SiteService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A plan's GPU in words: its model and index, its node and its site, looked up once per node and
 * site.
 */
class GpuNames {

  private final NodeService nodes;
  private final SiteService sites;
  private final Map<UUID, Optional<Node>> nodeCache = new HashMap<>();
  private final Map<UUID, String> siteCache = new HashMap<>();

  GpuNames(NodeService nodes, SiteService sites) {
    this.nodes = nodes;
    this.sites = sites;
  }

  /**
   * E.g. "NVIDIA T4 #0 on edge-1 at site north-mec · 42 % planned load"; nodes removed since the
   * plan say so.
   */
  String describe(PlanGpu planned) {
    Optional<Node> node =
        nodeCache.computeIfAbsent(planned.nodeId, id -> lookup(() -> nodes.get(id)));
    String site =
        siteCache.computeIfAbsent(
            planned.siteId, id -> lookup(() -> sites.get(id).name).orElse("a removed site"));
    String load = String.format(Locale.ROOT, " · %.0f %% planned load", planned.utilization * 100);
    if (node.isEmpty()) {
      return "a GPU of a node removed since the plan, at " + site + load;
    }
    String gpu =
        node.get().gpus.stream()
            .filter(g -> g.id.equals(planned.gpuId))
            .findFirst()
            .map(GpuNames::gpuName)
            .orElse("a removed GPU");
    return gpu + " on " + node.get().name + " at " + site + load;
  }

  private static String gpuName(Gpu g) {
    return g.vendor + " " + g.model + " #" + g.deviceIndex;
  }

  private static <T> Optional<T> lookup(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (DomainException e) {
      return Optional.empty();
    }
  }
}
