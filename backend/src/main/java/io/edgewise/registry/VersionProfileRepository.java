package io.edgewise.registry;

import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The caller's tenant's layer profiles, one per model version. */
@ApplicationScoped
public class VersionProfileRepository extends TenantOwnedRepository<VersionProfile> {

  @Override
  protected String noun() {
    return "profile";
  }

  public Optional<VersionProfile> findByVersion(UUID versionId) {
    return scoped("modelVersionId = :version", Map.of("version", versionId), Sort.by("id")).firstResultOptional();
  }

  public List<VersionProfile> findByVersions(Collection<UUID> versionIds) {
    return versionIds.isEmpty() ? List.of() : scoped("modelVersionId in :versions", Map.of("versions", versionIds), Sort.by("id")).list();
  }
}
