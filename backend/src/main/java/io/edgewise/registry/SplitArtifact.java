package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A head and tail ONNX file cut from a version's artifact for one device-side layer set: derived
 * artifacts, stored next to the version's own file and deleted with the version.
 */
@Entity
@Table(name = "split_artifacts")
public class SplitArtifact extends TenantOwnedEntity {

  @Column(name = "model_version_id", nullable = false, updatable = false)
  public UUID modelVersionId;

  /**
   * The number of device-side layers for a prefix of the profile, else {@code s} and a digest of
   * the device node names.
   */
  public String cut;

  @Column(name = "device_layers")
  public int deviceLayers;

  @Column(name = "head_sha256")
  public String headSha256;

  @Column(name = "head_size_bytes")
  public long headSizeBytes;

  @Column(name = "tail_sha256")
  public String tailSha256;

  @Column(name = "tail_size_bytes")
  public long tailSizeBytes;

  /** The tensors the head outputs and the tail reads, in the tail's input order. */
  @Column(name = "tail_inputs")
  @JdbcTypeCode(SqlTypes.JSON)
  public List<SplitTensor> tailInputs;
}
