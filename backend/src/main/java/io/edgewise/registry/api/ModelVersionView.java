package io.edgewise.registry.api;

import io.edgewise.registry.ArtifactFormat;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ServingShapeRules;
import io.edgewise.registry.onnx.TensorSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A model version as the API shows it: its artifact's identity, what the artifact declares, the
 * serving shape declared for it and, while its inputs still have symbolic dimensions nobody
 * declared, what to declare ({@code shapeAdvice}, null when nothing).
 */
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
    Map<String, List<Long>> servingShape,
    String shapeAdvice,
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
        v.servingShapes,
        ServingShapeRules.advice(v).orElse(null),
        v.createdBy,
        v.createdAt);
  }
}
