package io.edgewise.analytics;

import io.edgewise.deployment.Deployment;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.planning.PlanOutcome;
import java.util.Optional;

/**
 * One line of a domain's inventory: a fleet with one of its deployments (or none), and what the
 * latest plan decided for that deployment.
 *
 * @param outcome empty when the deployment is absent or not in the latest plan
 */
public record DomainInventoryRow(
    FleetSummary fleet, Optional<Deployment> deployment, Optional<PlanOutcome> outcome) {}
