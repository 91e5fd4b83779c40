package io.edgewise.deployment;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Unprocessable;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.registry.ModelService;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use cases on deployments. References are checked against the caller's tenant before writing. */
@ApplicationScoped
public class DeploymentService {

  /**
   * The editable fields of a deployment; an empty {@code targetSiteIds} means the fleet's home
   * site.
   */
  public record DeploymentData(
      String name,
      UUID modelVersionId,
      UUID fleetId,
      List<UUID> targetSiteIds,
      double latencySloMs,
      Double minAccuracy,
      Strategy strategy,
      int replicas,
      DeploymentStatus status,
      Objective objective,
      double requestsPerDevicePerS) {}

  @Inject DeploymentRepository deployments;
  @Inject FleetService fleets;
  @Inject ModelVersionService versions;
  @Inject ModelService models;
  @Inject SiteService sites;
  @Inject AuditLog audit;

  @Transactional
  public PageResult<Deployment> list(DeploymentFilter filter, PageRequest page) {
    return deployments.page(filter, page);
  }

  @Transactional
  public Deployment get(UUID id) {
    return deployments.requireOwned(id);
  }

  /**
   * The model versions, models, fleets and target sites these deployments name, in four queries.
   */
  @Transactional
  public DeploymentReferences references(Collection<Deployment> shown) {
    var versionList =
        versions.allOwned(shown.stream().map(d -> d.modelVersionId).collect(Collectors.toSet()));
    var modelIds = versionList.stream().map(v -> v.modelId).collect(Collectors.toSet());
    var fleetIds = shown.stream().map(d -> d.fleetId).collect(Collectors.toSet());
    var siteIds =
        shown.stream()
            .flatMap(d -> d.targetSites.stream())
            .map(t -> t.siteId)
            .collect(Collectors.toSet());
    return new DeploymentReferences(
        byId(versionList, v -> v.id),
        byId(models.allOwned(modelIds), m -> m.id),
        byId(fleets.allOwned(fleetIds), f -> f.id),
        byId(sites.allOwned(siteIds), s -> s.id));
  }

  private static <E> Map<UUID, E> byId(List<E> entities, Function<E, UUID> id) {
    return entities.stream().collect(Collectors.toMap(id, Function.identity()));
  }

  @Transactional
  public Deployment create(DeploymentData data) {
    deployments.requireNameFree(data.name().trim(), null);
    Deployment deployment = apply(new Deployment(), data);
    deployment.tenantId = deployments.tenantId();
    deployment.targetSites = targets(data, deployment.tenantId);
    deployments.create(deployment);
    deployments.flush();
    audit.record(
        "create",
        "deployment",
        deployment.id,
        deployment.name + " (" + deployment.strategy + ", SLO " + deployment.latencySloMs + " ms)");
    return deployment;
  }

  @Transactional
  public Deployment update(UUID id, ExpectedVersion expected, DeploymentData data) {
    Deployment deployment = deployments.requireOwned(id);
    expected.check(deployment.version);
    deployments.requireNameFree(data.name().trim(), id);
    apply(deployment, data);
    Set<TargetSite> targets = targets(data, deployment.tenantId);
    deployment.targetSites.retainAll(targets);
    deployment.targetSites.addAll(targets);
    deployments.flush();
    audit.record(
        "update", "deployment", deployment.id, deployment.name + " (" + deployment.status + ")");
    return deployment;
  }

  @Transactional
  public void delete(UUID id) {
    Deployment deployment = deployments.requireOwned(id);
    deployments.delete(deployment);
    deployments.flush();
    audit.record("delete", "deployment", id, deployment.name);
  }

  private Deployment apply(Deployment deployment, DeploymentData data) {
    if (versions.findOwned(data.modelVersionId()).isEmpty()) {
      throw Unprocessable.unknownReference(
          "modelVersionId", "model version " + data.modelVersionId());
    }
    fleets
        .findOwned(data.fleetId())
        .orElseThrow(() -> Unprocessable.unknownReference("fleetId", "fleet " + data.fleetId()));
    deployment.name = data.name().trim();
    deployment.modelVersionId = data.modelVersionId();
    deployment.fleetId = data.fleetId();
    deployment.latencySloMs = data.latencySloMs();
    deployment.minAccuracy = data.minAccuracy();
    deployment.strategy = data.strategy();
    deployment.replicas = data.replicas();
    deployment.objective = data.objective();
    deployment.requestsPerDevicePerS = data.requestsPerDevicePerS();
    deployment.status = data.status() == null ? DeploymentStatus.PENDING : data.status();
    return deployment;
  }

  private Set<TargetSite> targets(DeploymentData data, UUID tenantId) {
    Set<TargetSite> targets = new LinkedHashSet<>();
    if (data.targetSiteIds() == null || data.targetSiteIds().isEmpty()) {
      Fleet fleet = fleets.require(data.fleetId());
      targets.add(new TargetSite(fleet.siteId, tenantId));
      return targets;
    }
    for (int i = 0; i < data.targetSiteIds().size(); i++) {
      UUID siteId = data.targetSiteIds().get(i);
      if (siteId == null || sites.findOwned(siteId).isEmpty()) {
        throw Unprocessable.unknownReference("targetSiteIds[" + i + "]", "site " + siteId);
      }
      targets.add(new TargetSite(siteId, tenantId));
    }
    return targets;
  }

  /** The caller's tenant's deployment with this id, if any. */
  @Transactional
  public Optional<Deployment> findOwned(UUID id) {
    return deployments.findOwned(id);
  }

  /** Every deployment of the caller's tenant, by id; for the planner. */
  @Transactional
  public List<Deployment> allOwned() {
    return deployments.allOwned();
  }
}
