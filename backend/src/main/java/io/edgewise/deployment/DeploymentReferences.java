package io.edgewise.deployment;

import io.edgewise.fleet.Fleet;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelVersion;
import io.edgewise.site.Site;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a set of deployments refers to, by id, so that lists and detail views can show names instead
 * of ids. A reference the tenant no longer owns is simply absent.
 */
public record DeploymentReferences(
    Map<UUID, ModelVersion> versions,
    Map<UUID, Model> models,
    Map<UUID, Fleet> fleets,
    Map<UUID, Site> sites) {

  public Optional<ModelVersion> version(UUID versionId) {
    return Optional.ofNullable(versions.get(versionId));
  }

  /** The version's model, if both are still there. */
  public Optional<Model> modelOf(UUID versionId) {
    return version(versionId).map(v -> models.get(v.modelId));
  }

  public Optional<Fleet> fleet(UUID fleetId) {
    return Optional.ofNullable(fleets.get(fleetId));
  }

  public Optional<Site> site(UUID siteId) {
    return Optional.ofNullable(sites.get(siteId));
  }
}
