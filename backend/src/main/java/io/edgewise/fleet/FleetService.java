package io.edgewise.fleet;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.Unprocessable;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases on device fleets. */
@ApplicationScoped
public class FleetService {

  /** The editable fields of a fleet. */
  public record FleetData(
      String name,
      SmartDomain domain,
      Application application,
      String deviceClass,
      UUID siteId,
      String description) {}

  @Inject FleetRepository fleets;
  @Inject DeviceRepository devices;
  @Inject SiteService sites;
  @Inject AuditLog audit;

  /**
   * One page of fleets with their device counts, counted in one grouped query for the whole page.
   */
  @Transactional
  public PageResult<FleetSummary> list(
      SmartDomain domain, UUID siteId, Application application, PageRequest page) {
    PageResult<Fleet> found = fleets.page(domain, siteId, application, page);
    Map<UUID, DeviceCounts> counts =
        devices.countsByFleet(found.items().stream().map(f -> f.id).toList());
    return found.map(f -> new FleetSummary(f, counts.getOrDefault(f.id, DeviceCounts.NONE)));
  }

  @Transactional
  public FleetSummary get(UUID id) {
    return summarise(fleets.requireOwned(id));
  }

  /** The fleet itself, without counts; 404 when the caller's tenant has no such fleet. */
  @Transactional
  public Fleet require(UUID id) {
    return fleets.requireOwned(id);
  }

  @Transactional
  public FleetSummary create(FleetData data) {
    requireConsistent(data, null);
    Fleet fleet = apply(new Fleet(), data);
    fleets.create(fleet);
    fleets.flush();
    audit.record("create", "fleet", fleet.id, fleet.name);
    return new FleetSummary(fleet, DeviceCounts.NONE);
  }

  @Transactional
  public FleetSummary update(UUID id, ExpectedVersion expected, FleetData data) {
    Fleet fleet = fleets.requireOwned(id);
    expected.check(fleet.version);
    requireConsistent(data, id);
    apply(fleet, data);
    fleets.flush();
    audit.record("update", "fleet", fleet.id, fleet.name);
    return summarise(fleet);
  }

  /** Deletes a fleet; 409 while devices or deployments still reference it. */
  @Transactional
  public void delete(UUID id) {
    Fleet fleet = fleets.requireOwned(id);
    fleets.delete(fleet);
    fleets.flush();
    audit.record("delete", "fleet", id, fleet.name);
  }

  private FleetSummary summarise(Fleet fleet) {
    return new FleetSummary(
        fleet, devices.countsByFleet(List.of(fleet.id)).getOrDefault(fleet.id, DeviceCounts.NONE));
  }

  /**
   * The application must serve the fleet's domain, the home site must be the tenant's, the name
   * unique.
   */
  private void requireConsistent(FleetData data, UUID self) {
    if (!data.application().belongsTo(data.domain())) {
      throw new InvalidInput(
          "application "
              + data.application()
              + " belongs to "
              + data.application().domain()
              + ", not "
              + data.domain(),
          List.of(
              new FieldError(
                  "application",
                  "must be one of "
                      + Application.of(data.domain())
                      + " for domain "
                      + data.domain())));
    }
    if (sites.findOwned(data.siteId()).isEmpty()) {
      throw Unprocessable.unknownReference("siteId", "site " + data.siteId());
    }
    fleets.requireNameFree(data.name().trim(), self);
  }

  private static Fleet apply(Fleet fleet, FleetData data) {
    fleet.name = data.name().trim();
    fleet.domain = data.domain();
    fleet.application = data.application();
    fleet.deviceClass = data.deviceClass().trim();
    fleet.siteId = data.siteId();
    fleet.description = data.description();
    return fleet;
  }

  /** The caller's tenant's fleets with these ids (others' ids are silently absent). */
  @Transactional
  public List<Fleet> allOwned(Collection<UUID> ids) {
    return fleets.allOwned(ids);
  }

  /** The caller's tenant's fleet with this id, if any. */
  @Transactional
  public Optional<Fleet> findOwned(UUID id) {
    return fleets.findOwned(id);
  }

  /** The caller's tenant's fleet with this name, if any. */
  @Transactional
  public Optional<Fleet> findByName(String name) {
    return fleets.findByName(name);
  }
}
