package io.edgewise.registry.profiling;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of the profiler over a model version: its state, how far it got and, when it failed, why.
 */
@Entity
@Table(name = "profiling_jobs")
public class ProfilingJob extends TenantOwnedEntity {

  /** Step and error texts are cut to this length, so an exception chain never bloats a row. */
  public static final int TEXT_MAX = 2_000;

  @Column(name = "model_version_id", nullable = false, updatable = false)
  public UUID modelVersionId;

  @Enumerated(EnumType.STRING)
  public ProfilingState state;

  /** 0..1; 1 once the job finished, whichever way. */
  public double progress;

  /** What the job is doing, or did last (e.g. "timing segment 3 of 7"). */
  public String step;

  /** Why the job failed (or why it fell back to an estimate); null otherwise. */
  public String error;

  /** How many times a runner claimed the job (a crashed runner's job is taken over). */
  public int attempts;

  @Column(name = "requested_by", updatable = false)
  public String requestedBy;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  static String clip(String text) {
    return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
  }
}
