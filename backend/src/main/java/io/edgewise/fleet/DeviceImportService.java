package io.edgewise.fleet;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.TooLarge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Bulk import of devices into a fleet, all or nothing: every row is checked (fields, duplicates in
 * the batch, external ids the fleet already has) before anything is written; new devices go to
 * PostgreSQL in a few multi-row statements, updated ones through Hibernate's batched updates.
 */
@ApplicationScoped
public class DeviceImportService {

  /** The most devices one request may import. */
  public static final int MAX_DEVICES = 10_000;

  private static final Logger LOG = Logger.getLogger(DeviceImportService.class);

  @Inject FleetRepository fleets;
  @Inject DeviceRepository devices;
  @Inject AuditLog audit;

  /**
   * Imports the batch into the fleet. With {@code upsert}, rows whose external id the fleet already
   * has update that device; without it they are errors.
   */
  @Transactional
  public ImportResult importDevices(UUID fleetId, DeviceBatch batch, boolean upsert) {
    long started = System.nanoTime();
    Fleet fleet = fleets.requireOwned(fleetId);
    if (batch.isEmpty()) {
      throw new InvalidInput("the import holds no devices");
    }
    List<DeviceBatch.Row> rows = batch.rows();
    if (rows.size() > MAX_DEVICES) {
      throw new TooLarge(
          "an import may hold at most " + MAX_DEVICES + " devices; split it into several requests");
    }
    batch.rejectDuplicateExternalIds();
    Map<String, Device> existing =
        devices.findByExternalIds(fleet.id, rows.stream().map(r -> r.data().externalId()).toList());
    if (!upsert) {
      rows.stream()
          .filter(row -> existing.containsKey(row.data().externalId()))
          .forEach(
              row ->
                  batch.reject(
                      row.position(),
                      "externalId",
                      "fleet '"
                          + fleet.name
                          + "' already has a device '"
                          + row.data().externalId()
                          + "'; use ?upsert=true to update it"));
    }
    batch.requireValid();
    List<DeviceData> fresh = new ArrayList<>();
    for (DeviceBatch.Row row : rows) {
      Device device = existing.get(row.data().externalId());
      if (device == null) {
        fresh.add(row.data());
      } else {
        row.data().applyTo(device);
      }
    }
    devices.insertAll(fleet.id, fresh);
    devices.flush();
    ImportResult result = new ImportResult(rows.size(), fresh.size(), rows.size() - fresh.size());
    audit.record(
        "import",
        "fleet",
        fleet.id,
        "imported "
            + result.imported()
            + " devices into "
            + fleet.name
            + " ("
            + result.created()
            + " created, "
            + result.updated()
            + " updated)");
    LOG.infof(
        "Imported %s devices into fleet %s in %s ms (checks and writes, before commit)",
        result.imported(), fleet.id, (System.nanoTime() - started) / 1_000_000);
    return result;
  }
}
