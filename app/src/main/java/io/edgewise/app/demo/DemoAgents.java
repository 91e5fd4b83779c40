package io.edgewise.app.demo;

import io.edgewise.base.db.TenantScope;
import io.edgewise.node.GpuSample;
import io.edgewise.node.HeartbeatService;
import io.edgewise.node.NodeService;
import io.edgewise.node.NodeStatus;
import io.edgewise.planning.PlanGpu;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.PlanDetail;
import io.edgewise.tenant.TenantService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stands in for the edge agents of the demo tenant's nodes, which have no real machines behind
 * them: every 10 s each node not in maintenance heartbeats, its GPUs reporting the utilisation and
 * memory of the latest plan (with a little noise), so the demo stays ONLINE and shows planned load.
 * Off unless the demo is.
 */
@ApplicationScoped
public class DemoAgents {

  private final Random noise = new Random(7);

  @Inject DemoConfig config;
  @Inject TenantService tenants;
  @Inject NodeService nodes;
  @Inject PlanningService plans;
  @Inject HeartbeatService heartbeats;

  /** One node's GPUs as its agent would report them. */
  private record Beat(UUID nodeId, List<GpuSample> samples) {}

  @Scheduled(
      identity = "demo-agents",
      every = "10s",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void beat() {
    if (!config.enabled()) {
      return;
    }
    tenants
        .findBySlug(DemoData.SLUG)
        .ifPresent(
            tenant ->
                TenantScope.tenant(
                    tenant.id,
                    () -> {
                      QuarkusTransaction.requiringNew()
                          .call(this::beats)
                          .forEach(b -> heartbeats.heartbeat(b.nodeId(), b.samples()));
                      return null;
                    }));
  }

  private List<Beat> beats() {
    Map<UUID, PlanGpu> planned =
        plans.findLatest().map(PlanDetail::gpus).orElse(List.of()).stream()
            .collect(Collectors.toMap(g -> g.gpuId, Function.identity()));
    return nodes.allOwned().stream()
        .filter(n -> n.status != NodeStatus.MAINTENANCE)
        .map(
            n ->
                new Beat(
                    n.id,
                    n.gpus.stream()
                        .map(g -> sample(g.deviceIndex, g.memoryMib, planned.get(g.id)))
                        .toList()))
        .toList();
  }

  private GpuSample sample(int index, long memoryMib, PlanGpu plan) {
    double utilization = plan == null ? 0 : plan.utilization * 100;
    double observed = Math.min(100, Math.max(0, utilization + noise.nextGaussian() * 2));
    long memory = Math.min(memoryMib, (plan == null ? 0 : plan.plannedMemoryMib) + 400);
    return new GpuSample(
        index,
        Math.round(observed * 10) / 10.0,
        memory,
        Math.round((38 + observed * 0.4) * 10) / 10.0);
  }
}
