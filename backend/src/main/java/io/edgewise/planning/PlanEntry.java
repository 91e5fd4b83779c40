package io.edgewise.planning;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One deployment in a plan: its GPUs, partition, batch size and predicted p95, or why it is
 * unplaced.
 */
@Entity
@Table(name = "plan_entries")
public class PlanEntry extends TenantOwnedEntity {

  @Column(name = "plan_id", nullable = false, updatable = false)
  public UUID planId;

  @Column(name = "deployment_id")
  public UUID deploymentId;

  @Column(name = "deployment_name")
  public String deploymentName;

  @Enumerated(EnumType.STRING)
  public PlanOutcome outcome;

  public String reason;

  /** One GPU per replica. */
  @Column(name = "gpu_ids")
  @JdbcTypeCode(SqlTypes.JSON)
  public List<UUID> gpuIds = new ArrayList<>();

  @Column(name = "batch_size")
  public Integer batchSize;

  /** Predicted end-to-end p95: partition figures plus network and queueing at the GPU. */
  @Column(name = "p95_ms")
  public Double p95Ms;

  @JdbcTypeCode(SqlTypes.JSON)
  public PartitionSummary partition;
}
