package io.edgewise.planning;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One GPU in a plan: its expected utilisation and the model versions to keep warm in its memory.
 */
@Entity
@Table(name = "plan_gpus")
public class PlanGpu extends TenantOwnedEntity {

  @Column(name = "plan_id", nullable = false, updatable = false)
  public UUID planId;

  @Column(name = "gpu_id")
  public UUID gpuId;

  @Column(name = "node_id")
  public UUID nodeId;

  @Column(name = "site_id")
  public UUID siteId;

  /** Expected utilisation from the plan's load, 0..1. */
  public double utilization;

  @Column(name = "memory_mib")
  public long memoryMib;

  /** Memory the placed deployments need; the rest may hold warm stand-by models. */
  @Column(name = "planned_memory_mib")
  public long plannedMemoryMib;

  /**
   * Model versions to keep loaded: those of placed deployments, then stand-bys chosen by the
   * caching engine.
   */
  @Column(name = "resident_versions")
  @JdbcTypeCode(SqlTypes.JSON)
  public List<UUID> residentVersions = new ArrayList<>();
}
