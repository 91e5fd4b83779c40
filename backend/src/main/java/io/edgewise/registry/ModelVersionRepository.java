package io.edgewise.registry;

import io.edgewise.base.error.NotFound;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The caller's tenant's model versions. */
@ApplicationScoped
public class ModelVersionRepository extends TenantOwnedRepository<ModelVersion> {

  private static final Map<String, String> SORTABLE =
      Map.of("label", "label", "createdAt", "createdAt", "sizeBytes", "artifactSizeBytes");

  /** Per model: the number of versions and the label of the newest, in one grouped query. */
  private static final String STATS =
      "SELECT model_id, count(*), (array_agg(label ORDER BY created_at DESC, id DESC))[1] FROM"
          + " model_versions WHERE tenant_id = :tenant AND model_id IN (:models) GROUP BY model_id";

  /** Model name and label of each of some versions, in one query. */
  private static final String NAMES =
      "SELECT v.id, m.name, v.label FROM model_versions v JOIN models m ON m.tenant_id ="
          + " v.tenant_id AND m.id = v.model_id WHERE v.tenant_id = :tenant AND v.id IN"
          + " (:versions)";

  /**
   * Serialises the writers of one artifact file (upload, release) across transactions and
   * instances.
   */
  private static final String LOCK_ARTIFACT =
      "SELECT true FROM pg_advisory_xact_lock(hashtextextended(:key, 0))";

  @Override
  protected String noun() {
    return "model version";
  }

  public PageResult<ModelVersion> page(UUID modelId, PageRequest params) {
    return PageResult.of(
        scoped("modelId = :model", Map.of("model", modelId), params.sort(SORTABLE, "-createdAt")),
        params,
        v -> v);
  }

  /**
   * The version {@code versionId} of model {@code modelId}; 404 when either is not the caller's.
   */
  public ModelVersion require(UUID modelId, UUID versionId) {
    return scoped(
            "id = :id and modelId = :model",
            Map.of("id", versionId, "model", modelId),
            Sort.by("id"))
        .firstResultOptional()
        .orElseThrow(() -> new NotFound("model version " + versionId));
  }

  public boolean labelTaken(UUID modelId, String label) {
    return scoped(
                "modelId = :model and label = :label",
                Map.of("model", modelId, "label", label),
                Sort.by("id"))
            .count()
        > 0;
  }

  public long countByModel(UUID modelId) {
    return scoped("modelId = :model", Map.of("model", modelId), Sort.by("id")).count();
  }

  public long countBySha256(String sha256) {
    return scoped("artifactSha256 = :sha", Map.of("sha", sha256), Sort.by("id")).count();
  }

  /** Version statistics for each of {@code modelIds} that has versions. */
  public Map<UUID, VersionStats> statsFor(Collection<UUID> modelIds) {
    Map<UUID, VersionStats> stats = new HashMap<>();
    if (modelIds.isEmpty()) {
      return stats;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(STATS)
            .setParameter("tenant", tenantId())
            .setParameter("models", modelIds)
            .getResultList();
    for (Object[] row : rows) {
      stats.put((UUID) row[0], new VersionStats(((Number) row[1]).longValue(), (String) row[2]));
    }
    return stats;
  }

  /** "model label" for each of {@code versionIds} that is the caller's (others are absent). */
  public Map<UUID, String> namesOf(Collection<UUID> versionIds) {
    Map<UUID, String> names = new HashMap<>();
    if (versionIds.isEmpty()) {
      return names;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(NAMES)
            .setParameter("tenant", tenantId())
            .setParameter("versions", versionIds)
            .getResultList();
    rows.forEach(row -> names.put((UUID) row[0], row[1] + " " + row[2]));
    return names;
  }

  /** Takes a transaction-scoped lock on one artifact file of the caller's tenant. */
  public void lockArtifact(String sha256) {
    getEntityManager()
        .createNativeQuery(LOCK_ARTIFACT)
        .setParameter("key", tenantId() + ":" + sha256)
        .getSingleResult();
  }
}
