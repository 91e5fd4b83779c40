package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The layer profile of one model version: what the partitioning and placement engines plan with.
 */
@Entity
@Table(name = "model_profiles")
public class VersionProfile extends TenantOwnedEntity {

  public static final int MAX_LAYERS = 5_000;
  public static final int MAX_EXITS = 16;

  @Column(name = "model_version_id", nullable = false, updatable = false)
  public UUID modelVersionId;

  @Enumerated(EnumType.STRING)
  public ProfileSource source;

  /** Bytes of the model's input tensor (what a device sends when nothing runs on it). */
  @Column(name = "input_bytes")
  public long inputBytes;

  /** GPU memory the loaded model needs (weights, activations and runtime), MiB. */
  @Column(name = "memory_mib")
  public long memoryMib;

  /** Accuracy of the full model, 0..1, if known. */
  public Double accuracy;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<ProfiledLayer> layers = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  public List<ProfiledExit> exits = new ArrayList<>();

  /**
   * Latency against batch size of the whole model, by hardware key (as {@code measuredMs}), as
   * agents measured it; empty until one did.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "batch_curves")
  public Map<String, List<BatchPoint>> batchCurves = new HashMap<>();
}
