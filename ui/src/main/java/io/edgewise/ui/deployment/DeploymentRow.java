package io.edgewise.ui.deployment;

import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentReferences;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.planning.PlanEntry;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One deployment as the list shows it: its references by name and its entry in the latest plan
 * (null before one).
 */
record DeploymentRow(
    Deployment deployment,
    String model,
    String fleet,
    SmartDomain domain,
    String sites,
    PlanEntry plan) {

  static DeploymentRow of(Deployment d, DeploymentReferences refs, Map<UUID, PlanEntry> plan) {
    return new DeploymentRow(
        d,
        modelAndVersion(d, refs),
        refs.fleet(d.fleetId).map(f -> f.name).orElse("—"),
        refs.fleet(d.fleetId).map(f -> f.domain).orElse(null),
        siteNames(d, refs),
        plan.get(d.id));
  }

  /** E.g. "resnet-edge 1.2.0". */
  static String modelAndVersion(Deployment d, DeploymentReferences refs) {
    String model = refs.modelOf(d.modelVersionId).map(m -> m.name).orElse("?");
    return refs.version(d.modelVersionId).map(v -> model + " " + v.label).orElse("—");
  }

  static String siteNames(Deployment d, DeploymentReferences refs) {
    return d.targetSites.stream()
        .map(t -> refs.site(t.siteId).map(s -> s.name).orElse("—"))
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
