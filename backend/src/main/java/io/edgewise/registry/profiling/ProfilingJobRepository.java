package io.edgewise.registry.profiling;

import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The caller's tenant's profiling jobs. */
@ApplicationScoped
public class ProfilingJobRepository extends TenantOwnedRepository<ProfilingJob> {

  @Override
  protected String noun() {
    return "profiling job";
  }

  /** The version's newest job. */
  public Optional<ProfilingJob> latest(UUID versionId) {
    return scoped(
            "modelVersionId = :version",
            Map.of("version", versionId),
            Sort.descending("createdAt").and("id"))
        .firstResultOptional();
  }

  /** The version's QUEUED or RUNNING job, if any (there is at most one). */
  public Optional<ProfilingJob> active(UUID versionId) {
    return scoped(
            "modelVersionId = :version and state in :states",
            Map.of(
                "version",
                versionId,
                "states",
                List.of(ProfilingState.QUEUED, ProfilingState.RUNNING)),
            Sort.by("id"))
        .firstResultOptional();
  }
}
