package io.edgewise.node;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A server at an edge site, run by one agent. Heartbeats write {@code last_heartbeat_at} and the
 * status with their own statement, so updates here write only the columns they change.
 */
@Entity
@Table(name = "nodes")
@DynamicUpdate
public class Node extends TenantOwnedEntity {

  public static final int NAME_MAX = 100;
  public static final int HOSTNAME_MAX = 253;
  public static final int AGENT_ID_MAX = 128;
  public static final int GPUS_MAX = 64;

  @Column(name = "site_id")
  public UUID siteId;

  public String name;

  @Column(name = "agent_id", updatable = false)
  public String agentId;

  public String hostname;

  @Column(name = "cpu_cores")
  public int cpuCores;

  @Column(name = "memory_mib")
  public long memoryMib;

  @Enumerated(EnumType.STRING)
  public NodeStatus status;

  /** Written only by heartbeats. */
  @Column(name = "last_heartbeat_at", insertable = false, updatable = false)
  public Instant lastHeartbeatAt;

  /**
   * What the agent last reported about its models; written only by heartbeats, null until the first
   * report.
   */
  @Column(name = "models", insertable = false, updatable = false)
  @JdbcTypeCode(SqlTypes.JSON)
  public List<ModelReport> models;

  /** When {@link #models} was reported. */
  @Column(name = "models_reported_at", insertable = false, updatable = false)
  public Instant modelsReportedAt;

  @OneToMany(mappedBy = "node", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("deviceIndex")
  @BatchSize(size = 100)
  public List<Gpu> gpus = new ArrayList<>();

  /**
   * Makes the node's GPUs those in {@code specs}, matched by device index: known GPUs keep their
   * row (and live state), new ones are added, missing ones removed.
   */
  public void replaceGpus(List<GpuSpec> specs) {
    Map<Integer, Gpu> existing =
        gpus.stream().collect(Collectors.toMap(g -> g.deviceIndex, Function.identity()));
    List<Gpu> next = new ArrayList<>();
    for (GpuSpec spec : specs) {
      Gpu gpu = existing.get(spec.index());
      if (gpu == null) {
        gpu = new Gpu();
        gpu.id = UUID.randomUUID();
        gpu.tenantId = tenantId;
        gpu.node = this;
        gpu.deviceIndex = spec.index();
      }
      gpu.vendor = spec.vendor();
      gpu.model = spec.model();
      gpu.memoryMib = spec.memoryMib();
      gpu.peakTflops = spec.peakTflops();
      gpu.computeCapability = spec.computeCapability();
      next.add(gpu);
    }
    gpus.retainAll(next);
    next.stream().filter(g -> !gpus.contains(g)).forEach(gpus::add);
    gpus.sort(Comparator.comparingInt(g -> g.deviceIndex));
  }
}
