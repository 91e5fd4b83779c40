package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The caller's tenant's layer profiles, one per model version. */
@ApplicationScoped
public class VersionProfileRepository extends TenantOwnedRepository<VersionProfile> {

  @Override
  protected String noun() {
    return "profile";
  }

  public Optional<VersionProfile> findByVersion(UUID versionId) {
    return scoped("modelVersionId = :version", Map.of("version", versionId), Sort.by("id"))
        .firstResultOptional();
  }

  /** Which of these versions have a profile, without loading the profiles' layers. */
  public Set<UUID> profiledAmong(Collection<UUID> versionIds) {
    if (versionIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        getEntityManager()
            .createQuery(
                "select p.modelVersionId from VersionProfile p where p.tenantId = :tenant and"
                    + " p.modelVersionId in :versions",
                UUID.class)
            .setParameter("tenant", tenantId())
            .setParameter("versions", versionIds)
            .getResultList());
  }

  public List<VersionProfile> findByVersions(Collection<UUID> versionIds) {
    return versionIds.isEmpty()
        ? List.of()
        : scoped("modelVersionId in :versions", Map.of("versions", versionIds), Sort.by("id"))
            .list();
  }
}
