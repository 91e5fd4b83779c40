package io.edgewise.planning;

import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The deployments of the caller's tenant's plans. */
@ApplicationScoped
public class PlanEntryRepository extends TenantOwnedRepository<PlanEntry> {

  @Override
  protected String noun() {
    return "plan entry";
  }

  public List<PlanEntry> byPlan(UUID planId) {
    return scoped("planId = :plan", Map.of("plan", planId), Sort.by("deploymentName", "id")).list();
  }

  public Optional<PlanEntry> find(UUID planId, UUID deploymentId) {
    return scoped(
            "planId = :plan and deploymentId = :deployment",
            Map.of("plan", planId, "deployment", deploymentId),
            Sort.by("id"))
        .firstResultOptional();
  }

  /** Each placed deployment's GPUs in a plan: what incremental re-planning keeps where it can. */
  public Map<UUID, List<UUID>> gpusByDeployment(UUID planId) {
    return scoped(
            "planId = :plan and outcome = :placed",
            Map.of("plan", planId, "placed", PlanOutcome.PLACED),
            Sort.by("id"))
        .stream()
        .collect(Collectors.toMap(e -> e.deploymentId, e -> e.gpuIds));
  }
}
