package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The caller's tenant's split artifacts, one per (version, cut). */
@ApplicationScoped
public class SplitArtifactRepository extends TenantOwnedRepository<SplitArtifact> {

  /**
   * The first writer of a (version, cut) wins; a concurrent second one inserts nothing and reads
   * the first's row.
   */
  private static final String INSERT_ONCE =
      """
      INSERT INTO split_artifacts (id, tenant_id, model_version_id, cut, device_layers, head_sha256, head_size_bytes, tail_sha256,
                                   tail_size_bytes, tail_inputs, created_at, updated_at)
      VALUES (:id, :tenant, :version, :cut, :layers, :headSha, :headSize, :tailSha, :tailSize, CAST(:inputs AS jsonb), :now, :now)
      ON CONFLICT (model_version_id, cut) DO NOTHING
      """;

  @Override
  protected String noun() {
    return "split artifact";
  }

  public Optional<SplitArtifact> find(UUID versionId, String cut) {
    return scoped(
            "modelVersionId = :version and cut = :cut",
            Map.of("version", versionId, "cut", cut),
            Sort.by("id"))
        .firstResultOptional();
  }

  /** The split artifact that holds {@code sha256} as its head or tail. */
  public Optional<SplitArtifact> findBySha256(String sha256) {
    return scoped("headSha256 = :sha or tailSha256 = :sha", Map.of("sha", sha256), Sort.by("id"))
        .firstResultOptional();
  }

  public List<SplitArtifact> findByVersion(UUID versionId) {
    return scoped("modelVersionId = :version", Map.of("version", versionId), Sort.by("id")).list();
  }

  /** Whether any of the tenant's split artifacts still holds {@code sha256}. */
  public boolean holds(String sha256) {
    return findBySha256(sha256).isPresent();
  }

  /**
   * Inserts the row unless one exists for its (version, cut); {@code tailInputsJson} is the JSON of
   * its tail inputs.
   */
  public void insertOnce(SplitArtifact a, String tailInputsJson) {
    getEntityManager()
        .createNativeQuery(INSERT_ONCE)
        .setParameter("id", UUID.randomUUID())
        .setParameter("tenant", tenantId())
        .setParameter("version", a.modelVersionId)
        .setParameter("cut", a.cut)
        .setParameter("layers", a.deviceLayers)
        .setParameter("headSha", a.headSha256)
        .setParameter("headSize", a.headSizeBytes)
        .setParameter("tailSha", a.tailSha256)
        .setParameter("tailSize", a.tailSizeBytes)
        .setParameter("inputs", tailInputsJson)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }
}
