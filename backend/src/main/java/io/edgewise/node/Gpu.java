package io.edgewise.node;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One GPU of a node: its hardware facts, set by administrators or the agent's registration, and its
 * live state, written only by heartbeats.
 */
@Entity
@Table(name = "gpus")
@DynamicUpdate
public class Gpu {

  public static final int VENDOR_MAX = 50;
  public static final int MODEL_MAX = 100;
  public static final int COMPUTE_CAPABILITY_MAX = 20;

  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  public UUID tenantId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "node_id", nullable = false, updatable = false)
  public Node node;

  @Column(name = "device_index", updatable = false)
  public int deviceIndex;

  public String vendor;
  public String model;

  @Column(name = "memory_mib")
  public long memoryMib;

  @Column(name = "peak_tflops")
  public double peakTflops;

  @Column(name = "compute_capability")
  public String computeCapability;

  @Column(name = "utilization_pct", insertable = false, updatable = false)
  public Double utilizationPct;

  @Column(name = "memory_used_mib", insertable = false, updatable = false)
  public Long memoryUsedMib;

  @Column(name = "temperature_c", insertable = false, updatable = false)
  public Double temperatureC;

  @Column(name = "sampled_at", insertable = false, updatable = false)
  public Instant sampledAt;
}
