package io.edgewise.ui.deployment;

import io.edgewise.deployment.DeploymentService.DeploymentData;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.deployment.Objective;
import io.edgewise.deployment.Strategy;
import io.edgewise.fleet.Fleet;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelVersion;
import io.edgewise.site.Site;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The form's mutable copy of a deployment's editable fields, with the API's defaults for a new one.
 */
class DeploymentDraft {

  String name = "";
  Model model;
  ModelVersion version;
  Fleet fleet;
  Set<Site> sites = new LinkedHashSet<>();
  Double latencySloMs;
  Double minAccuracy;
  Objective objective = Objective.MIN_LATENCY;
  Strategy strategy = Strategy.AUTO;
  Integer replicas = 1;
  Double requestsPerDevicePerS = 1.0;
  DeploymentStatus status = DeploymentStatus.PENDING;

  /** What the service takes; no target sites means the fleet's home site. */
  DeploymentData toData() {
    return new DeploymentData(
        name,
        version.id,
        fleet.id,
        sites.stream().map(s -> s.id).toList(),
        latencySloMs,
        minAccuracy,
        strategy,
        replicas,
        status,
        objective,
        requestsPerDevicePerS);
  }
}
