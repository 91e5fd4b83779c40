package io.edgewise.fleet;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Use cases on single devices. */
@ApplicationScoped
public class DeviceService {

  @Inject DeviceRepository devices;
  @Inject FleetRepository fleets;
  @Inject AuditLog audit;

  /** Devices across the tenant's fleets. */
  @Transactional
  public PageResult<Device> list(DeviceFilter filter, PageRequest page) {
    return devices.page(filter, page);
  }

  /** Devices of one fleet; 404 when the caller's tenant has no such fleet. */
  @Transactional
  public PageResult<Device> listInFleet(UUID fleetId, DeviceFilter filter, PageRequest page) {
    fleets.requireOwned(fleetId);
    return devices.page(filter.inFleet(fleetId), page);
  }

  @Transactional
  public Device get(UUID id) {
    return devices.requireOwned(id);
  }

  @Transactional
  public Device create(UUID fleetId, DeviceData data) {
    Fleet fleet = fleets.requireOwned(fleetId);
    requireUniqueExternalId(fleet, data.externalId(), null);
    Device device = data.applyTo(new Device());
    device.fleetId = fleet.id;
    devices.create(device);
    devices.flush();
    audit.record("create", "device", device.id, fleet.name + "/" + device.externalId);
    return device;
  }

  @Transactional
  public Device update(UUID id, ExpectedVersion expected, DeviceData data) {
    Device device = devices.requireOwned(id);
    expected.check(device.version);
    Fleet fleet = fleets.requireOwned(device.fleetId);
    requireUniqueExternalId(fleet, data.externalId(), id);
    data.applyTo(device);
    devices.flush();
    audit.record("update", "device", device.id, fleet.name + "/" + device.externalId);
    return device;
  }

  @Transactional
  public void delete(UUID id) {
    Device device = devices.requireOwned(id);
    devices.delete(device);
    devices.flush();
    audit.record("delete", "device", id, device.externalId);
  }

  private void requireUniqueExternalId(Fleet fleet, String externalId, UUID self) {
    devices
        .findByExternalId(fleet.id, externalId)
        .filter(other -> !other.id.equals(self))
        .ifPresent(
            other -> {
              throw new Conflict(
                  "fleet '"
                      + fleet.name
                      + "' already has a device with externalId '"
                      + externalId
                      + "'");
            });
  }

  /** Each fleet's typical device (median capacity and link), for the planner. */
  @Transactional
  public Map<UUID, TypicalDevice> typicalDevices(Collection<UUID> fleetIds) {
    return devices.typicalDevices(fleetIds);
  }
}
