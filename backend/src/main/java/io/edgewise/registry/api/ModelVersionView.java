package io.edgewise.registry.api;

import io.edgewise.registry.ArtifactFormat;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.onnx.TensorSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A model version as the API shows it: its artifact's identity and what the artifact declares. */
public record ModelVersionView(
    UUID id,
    UUID modelId,
    String label,
    String sha256,
    long sizeBytes,
    ArtifactFormat format,
    Long irVersion,
    Long opsetVersion,
    String producer,
    int nodeCount,
    List<TensorSpec> inputs,
    List<TensorSpec> outputs,
    String createdBy,
    Instant createdAt) {

  static ModelVersionView of(ModelVersion v) {
    return new ModelVersionView(
        v.id,
        v.modelId,
        v.label,
        v.artifactSha256,
        v.artifactSizeBytes,
        v.artifactFormat,
        v.irVersion,
        v.opsetVersion,
        v.producer,
        v.graphNodeCount,
        v.inputs,
        v.outputs,
        v.createdBy,
        v.createdAt);
  }
}
