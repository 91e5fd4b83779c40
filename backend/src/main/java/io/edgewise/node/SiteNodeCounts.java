package io.edgewise.node;

/** How many nodes a site has, how many of them are ONLINE, and how many GPUs they hold together. */
public record SiteNodeCounts(long nodes, long online, long gpus) {

  public static final SiteNodeCounts NONE = new SiteNodeCounts(0, 0, 0);

  SiteNodeCounts plus(NodeStatus status, long nodeCount, long gpuCount) {
    return new SiteNodeCounts(
        nodes + nodeCount, online + (status == NodeStatus.ONLINE ? nodeCount : 0), gpus + gpuCount);
  }
}
