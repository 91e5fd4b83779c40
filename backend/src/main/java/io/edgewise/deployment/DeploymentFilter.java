package io.edgewise.deployment;

import io.edgewise.fleet.SmartDomain;
import java.util.UUID;

/**
 * Which deployments a list shows; null fields (and blank text) do not filter.
 *
 * @param domain the smart domain of the deployment's fleet
 * @param text a case-insensitive part of the deployment's name
 */
public record DeploymentFilter(
    DeploymentStatus status,
    Strategy strategy,
    UUID fleetId,
    UUID modelVersionId,
    UUID siteId,
    SmartDomain domain,
    String text) {

  public DeploymentFilter(
      DeploymentStatus status, Strategy strategy, UUID fleetId, UUID modelVersionId, UUID siteId) {
    this(status, strategy, fleetId, modelVersionId, siteId, null, null);
  }
}
