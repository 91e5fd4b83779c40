package io.edgewise.registry;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Declares the shape a model version is served with, which every cost estimate depends on. */
@ApplicationScoped
public class ServingShapeService {

  @Inject ModelVersionRepository versions;
  @Inject AuditLog audit;
  @Inject Event<ServingShapeDeclared> declared;

  /**
   * Declares (or, with null or empty, withdraws) the version's serving shape; 400 with field errors
   * when it does not fit the artifact's inputs, 412 when {@code expected} is stale. Observers queue
   * a new profile.
   */
  @Transactional
  public ModelVersion declare(
      UUID modelId, UUID versionId, ExpectedVersion expected, Map<String, List<Long>> shape) {
    ModelVersion version = versions.require(modelId, versionId);
    expected.check(version.version);
    ServingShapeRules.requireFitting(version.inputs, shape);
    version.servingShapes = shape == null || shape.isEmpty() ? null : Map.copyOf(shape);
    versions.flush();
    audit.record(
        "update",
        "model-version",
        versionId,
        version.label + " serving shape " + (version.servingShapes == null ? "withdrawn" : shape));
    declared.fire(new ServingShapeDeclared(version));
    return version;
  }
}
