package io.edgewise.registry;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.TooLarge;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.registry.onnx.OnnxInspector;
import io.edgewise.registry.onnx.OnnxSummary;
import io.edgewise.security.CurrentCaller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Use cases on model versions. An upload holds no transaction while the body streams: the model and
 * label are checked first, the body is staged and inspected, and only then is the version recorded
 * and its file moved into place, in one short transaction.
 */
@ApplicationScoped
public class ModelVersionService {

  private static final Pattern LABEL = Pattern.compile(ModelVersion.LABEL_PATTERN);

  /** An artifact ready to send: the version, its model's name and the file. */
  public record Artifact(ModelVersion version, String modelName, Path file) {}

  @Inject ModelRepository models;
  @Inject ModelVersionRepository versions;
  @Inject ArtifactStore store;
  @Inject SplitArtifactRepository splits;
  @Inject RegistryConfig config;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Event<VersionUploaded> uploaded;

  @Transactional
  public PageResult<ModelVersion> list(UUID modelId, PageRequest page) {
    models.requireOwned(modelId);
    return versions.page(modelId, page);
  }

  /**
   * "model label" of each of {@code versionIds} in the caller's tenant; unknown or foreign ids are
   * absent.
   */
  @Transactional
  public Map<UUID, String> names(Collection<UUID> versionIds) {
    return versions.namesOf(versionIds);
  }

  @Transactional
  public ModelVersion get(UUID modelId, UUID versionId) {
    return versions.require(modelId, versionId);
  }

  /**
   * Stores {@code body} as version {@code label} of the model; nothing is kept when any step fails.
   *
   * @param declaredLength the request's {@code Content-Length}, or null for a chunked body
   */
  public ModelVersion upload(UUID modelId, String label, Long declaredLength, InputStream body) {
    return upload(modelId, label, declaredLength, body, null);
  }

  /**
   * Stores {@code body} as version {@code label} with its serving shape ({@code servingShape} may
   * be null: none declared); 400 with field errors when the shape does not fit the artifact's
   * inputs.
   */
  public ModelVersion upload(
      UUID modelId,
      String label,
      Long declaredLength,
      InputStream body,
      Map<String, List<Long>> servingShape) {
    requireValidLabel(label);
    if (declaredLength != null && declaredLength > config.maxArtifactBytes()) {
      throw new TooLarge(
          "the artifact ("
              + declaredLength
              + " bytes) is larger than the limit of "
              + config.maxArtifactBytes()
              + " bytes");
    }
    QuarkusTransaction.requiringNew().run(() -> requireLabelFree(modelId, label));
    try (StagedArtifact staged = store.stage(body)) {
      OnnxSummary onnx = OnnxInspector.inspect(staged.file());
      ServingShapeRules.requireFitting(onnx.inputs(), servingShape);
      try {
        return QuarkusTransaction.requiringNew()
            .call(() -> record(modelId, label, staged, onnx, servingShape));
      } catch (RuntimeException e) {
        try {
          release(staged.sha256());
        } catch (RuntimeException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
    }
  }

  /**
   * Deletes a version and its split artifacts (the database cascades their rows); 409 while a
   * deployment uses it. Each file goes when nothing else of the tenant still holds it.
   */
  public void delete(UUID modelId, UUID versionId) {
    List<String> files =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  ModelVersion version = versions.require(modelId, versionId);
                  List<String> held = new ArrayList<>(List.of(version.artifactSha256));
                  splits
                      .findByVersion(versionId)
                      .forEach(s -> held.addAll(List.of(s.headSha256, s.tailSha256)));
                  versions.delete(version);
                  versions.flush();
                  audit.record(
                      "delete",
                      "model-version",
                      versionId,
                      version.label + " (" + version.artifactSha256 + ")");
                  return held;
                });
    files.forEach(this::release);
  }

  @Transactional
  public Artifact artifact(UUID modelId, UUID versionId) {
    ModelVersion version = versions.require(modelId, versionId);
    return new Artifact(
        version, models.requireOwned(modelId).name, store.locate(version.artifactKey));
  }

  private void requireLabelFree(UUID modelId, String label) {
    Model model = models.requireOwned(modelId);
    if (versions.labelTaken(modelId, label)) {
      throw new Conflict(
          "model '" + model.name + "' already has a version labelled '" + label + "'");
    }
  }

  private ModelVersion record(
      UUID modelId,
      String label,
      StagedArtifact staged,
      OnnxSummary onnx,
      Map<String, List<Long>> servingShape) {
    requireLabelFree(modelId, label);
    versions.lockArtifact(staged.sha256());
    ModelVersion version = new ModelVersion();
    version.modelId = modelId;
    version.label = label;
    version.artifactFormat = ArtifactFormat.ONNX;
    version.artifactSha256 = staged.sha256();
    version.artifactSizeBytes = staged.sizeBytes();
    version.artifactKey = ArtifactStore.keyOf(versions.tenantId(), staged.sha256());
    version.irVersion = onnx.irVersion();
    version.opsetVersion = onnx.opsetVersion();
    version.producer = onnx.producer();
    version.graphNodeCount = onnx.nodeCount();
    version.inputs = onnx.inputs();
    version.outputs = onnx.outputs();
    version.servingShapes =
        servingShape == null || servingShape.isEmpty() ? null : Map.copyOf(servingShape);
    version.createdBy = caller.name();
    versions.create(version);
    versions.flush();
    uploaded.fire(new VersionUploaded(version));
    store.promote(versions.tenantId(), staged);
    audit.record(
        "create",
        "model-version",
        version.id,
        label + " (" + staged.sha256() + ", " + staged.sizeBytes() + " bytes)");
    return version;
  }

  /** Deletes the tenant's file for {@code sha256} unless a version still uses it. */
  private void release(String sha256) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              versions.lockArtifact(sha256);
              if (versions.countBySha256(sha256) == 0 && !splits.holds(sha256)) {
                store.delete(ArtifactStore.keyOf(versions.tenantId(), sha256));
              }
            });
  }

  private static void requireValidLabel(String label) {
    String problem =
        label == null || label.isBlank()
            ? "is required"
            : label.length() > ModelVersion.LABEL_MAX
                ? "must be at most " + ModelVersion.LABEL_MAX + " characters"
                : !LABEL.matcher(label).matches()
                    ? "must start with a letter or digit and use only letters, digits, '.', '_',"
                        + " '+' and '-'"
                    : null;
    if (problem != null) {
      throw new InvalidInput("label " + problem, List.of(new FieldError("label", problem)));
    }
  }

  /** The caller's tenant's version with this id, whatever its model; 404 otherwise. */
  @Transactional
  public ModelVersion get(UUID versionId) {
    return versions.requireOwned(versionId);
  }

  /** The caller's tenant's version with this id, if any. */
  @Transactional
  public Optional<ModelVersion> findOwned(UUID versionId) {
    return versions.findOwned(versionId);
  }

  /** The caller's tenant's versions with these ids (others' ids are silently absent). */
  @Transactional
  public List<ModelVersion> allOwned(Collection<UUID> versionIds) {
    return versions.allOwned(versionIds);
  }
}
