package io.edgewise.analytics;

import io.edgewise.analytics.DomainSummary.LatencyAgainstSlo;
import io.edgewise.analytics.DomainSummary.PlanFigures;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentFilter;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanOutcome;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.PlanDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The caller's tenant per smart domain: inventory counts from the fleet and deployment services and
 * the latest plan's predictions. Not transactional itself: each service call runs its own
 * transaction.
 */
@ApplicationScoped
public class DomainOverviewService {

  @Inject FleetService fleets;
  @Inject DeploymentService deployments;
  @Inject PlanningService planning;

  /** One summary per domain, in {@link SmartDomain} order, empty domains included. */
  public List<DomainSummary> summaries() {
    List<FleetSummary> allFleets = all(page -> fleets.list(null, null, null, page));
    Map<UUID, SmartDomain> domainOfFleet = new HashMap<>();
    allFleets.forEach(f -> domainOfFleet.put(f.fleet().id, f.fleet().domain));
    Map<UUID, Deployment> allDeployments = new HashMap<>();
    all(page -> deployments.list(new DeploymentFilter(null, null, null, null, null), page))
        .forEach(d -> allDeployments.put(d.id, d));
    Optional<PlanDetail> latest = planning.findLatest();

    List<DomainSummary> result = new ArrayList<>();
    for (SmartDomain domain : SmartDomain.values()) {
      List<FleetSummary> inDomain =
          allFleets.stream().filter(f -> f.fleet().domain == domain).toList();
      long deploymentCount =
          allDeployments.values().stream()
              .filter(d -> domainOfFleet.get(d.fleetId) == domain)
              .count();
      Optional<PlanFigures> figures =
          latest.map(plan -> figures(plan, domain, domainOfFleet, allDeployments));
      result.add(
          new DomainSummary(
              domain,
              inDomain.size(),
              inDomain.stream().mapToLong(f -> f.devices().total()).sum(),
              inDomain.stream().mapToLong(f -> f.devices().online()).sum(),
              deploymentCount,
              figures));
    }
    return result;
  }

  /**
   * The domain's fleets, each with each of its deployments (one row per pair; fleets without any
   * get one row), by fleet name.
   */
  public List<DomainInventoryRow> inventory(SmartDomain domain) {
    List<FleetSummary> inDomain = all(page -> fleets.list(domain, null, null, page));
    Map<UUID, List<Deployment>> byFleet = new HashMap<>();
    all(page -> deployments.list(new DeploymentFilter(null, null, null, null, null), page))
        .forEach(d -> byFleet.computeIfAbsent(d.fleetId, id -> new ArrayList<>()).add(d));
    Map<UUID, PlanOutcome> outcomes = new HashMap<>();
    planning
        .findLatest()
        .ifPresent(plan -> plan.entries().forEach(e -> outcomes.put(e.deploymentId, e.outcome)));
    List<DomainInventoryRow> rows = new ArrayList<>();
    inDomain.stream()
        .sorted(Comparator.comparing(f -> f.fleet().name))
        .forEach(
            fleet -> {
              List<Deployment> served = byFleet.getOrDefault(fleet.fleet().id, List.of());
              if (served.isEmpty()) {
                rows.add(new DomainInventoryRow(fleet, Optional.empty(), Optional.empty()));
              }
              served.stream()
                  .sorted(Comparator.comparing(d -> d.name))
                  .forEach(
                      d ->
                          rows.add(
                              new DomainInventoryRow(
                                  fleet, Optional.of(d), Optional.ofNullable(outcomes.get(d.id)))));
            });
    return rows;
  }

  private static PlanFigures figures(
      PlanDetail plan,
      SmartDomain domain,
      Map<UUID, SmartDomain> domainOfFleet,
      Map<UUID, Deployment> deployments) {
    int planned = 0;
    int placed = 0;
    int withinSlo = 0;
    Set<UUID> gpus = new HashSet<>();
    Optional<LatencyAgainstSlo> worst = Optional.empty();
    for (PlanEntry entry : plan.entries()) {
      Deployment deployment = deployments.get(entry.deploymentId);
      if (deployment == null || domainOfFleet.get(deployment.fleetId) != domain) {
        continue;
      }
      planned++;
      if (entry.outcome == PlanOutcome.PLACED) {
        placed++;
        gpus.addAll(entry.gpuIds);
      }
      if (entry.outcome != PlanOutcome.UNPLACED && entry.p95Ms != null) {
        LatencyAgainstSlo latency = new LatencyAgainstSlo(entry.p95Ms, deployment.latencySloMs);
        withinSlo += entry.outcome.meets(entry.p95Ms, deployment.latencySloMs) ? 1 : 0;
        worst = worst.filter(w -> w.p95Ms() >= latency.p95Ms()).or(() -> Optional.of(latency));
      }
    }
    return new PlanFigures(planned, placed, withinSlo, worst, gpus.size());
  }

  /** Every item of a paged list; tenants hold hundreds of fleets and deployments, not millions. */
  private static <T> List<T> all(Function<PageRequest, PageResult<T>> pages) {
    List<T> items = new ArrayList<>();
    for (int page = 0; ; page++) {
      PageResult<T> result = pages.apply(new PageRequest(page, PageRequest.MAX_SIZE, null));
      items.addAll(result.items());
      if (page + 1 >= result.totalPages()) {
        return items;
      }
    }
  }
}
