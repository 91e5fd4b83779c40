package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedEntity;
import io.edgewise.registry.onnx.TensorSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable version of a model: its artifact (by sha256) and what the artifact declares. */
@Entity
@Table(name = "model_versions")
public class ModelVersion extends TenantOwnedEntity {

  public static final int LABEL_MAX = 64;

  /**
   * Labels are version names such as {@code 1.0.0} or {@code 2024-06-rc1}; they appear in file
   * names.
   */
  public static final String LABEL_PATTERN = "[A-Za-z0-9][A-Za-z0-9._+-]*";

  @Column(name = "model_id", nullable = false, updatable = false)
  public UUID modelId;

  public String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "artifact_format")
  public ArtifactFormat artifactFormat;

  @Column(name = "artifact_sha256")
  public String artifactSha256;

  @Column(name = "artifact_size_bytes")
  public long artifactSizeBytes;

  /** Where the artifact lives in the artifact store, relative to its root. */
  @Column(name = "artifact_key")
  public String artifactKey;

  @Column(name = "ir_version")
  public Long irVersion;

  /** The opset of the default ONNX domain, when the artifact imports it. */
  @Column(name = "opset_version")
  public Long opsetVersion;

  public String producer;

  @Column(name = "graph_node_count")
  public int graphNodeCount;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<TensorSpec> inputs;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<TensorSpec> outputs;

  /**
   * The shape each graph input is served with, by input name (e.g. {@code images → [1, 3, 640,
   * 640]}); null when none is declared. {@link ServingShapeRules} keeps it consistent with {@link
   * #inputs}.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "serving_shapes")
  public Map<String, List<Long>> servingShapes;

  @Column(name = "created_by", updatable = false)
  public String createdBy;
}
