package io.edgewise.planning;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of the decision engines for a tenant, with the inputs it saw and its headline figures.
 */
@Entity
@Table(name = "plans")
public class Plan extends TenantOwnedEntity {

  @Enumerated(EnumType.STRING)
  public PlanTrigger trigger;

  @Column(name = "requested_by")
  public String requestedBy;

  /**
   * sha256 of {@link #inputs}: two plans with the same digest were computed from the same inputs.
   */
  @Column(name = "inputs_digest")
  public String inputsDigest;

  /**
   * Loaded only when read: lists, latest-plan reads and re-planning need the digest, not the
   * (large) snapshot.
   */
  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.JSON)
  public PlanInputs inputs;

  public String solver;

  @Column(name = "solve_ms")
  public double solveMs;

  public int deployments;
  public int placed;
  public int unplaced;

  @Column(name = "gpus_used")
  public int gpusUsed;

  /** Deployment replicas that changed GPU against the previous plan. */
  public int moved;

  /** Share of the planned request rate predicted to be served within its SLO, 0..1. */
  @Column(name = "slo_attainment")
  public double sloAttainment;

  /**
   * The placement score in words: unserved request rate, GPUs used, rate-weighted network latency.
   */
  public String score;
}
