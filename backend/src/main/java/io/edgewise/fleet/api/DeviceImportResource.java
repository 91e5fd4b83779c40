package io.edgewise.fleet.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.fleet.DeviceCsvReader;
import io.edgewise.fleet.DeviceImportService;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Bulk device import into one fleet, as JSON {@code {"devices": [...]}} or as CSV; all or nothing,
 * at most {@value DeviceImportService#MAX_DEVICES} devices per request.
 */
@Path("/api/v1/fleets/{fleetId}/devices/import")
@RolesAllowed(Role.Names.OPERATOR)
public class DeviceImportResource {

  public static final String TEXT_CSV = "text/csv";

  /** How many devices were written: {@code imported} = {@code created} + {@code updated}. */
  public record ImportView(int imported, int created, int updated) {
    static ImportView of(ImportResult r) {
      return new ImportView(r.imported(), r.created(), r.updated());
    }
  }

  @Inject FleetService fleets;
  @Inject DeviceImportService imports;
  @Inject DeviceJsonReader json;
  @Inject DeviceCsvReader csv;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ImportView importJson(
      @PathParam("fleetId") UUID fleetId, @QueryParam("upsert") String upsert, InputStream body)
      throws IOException {
    boolean update = flag(upsert);
    fleets.require(fleetId);
    return ImportView.of(imports.importDevices(fleetId, json.read(body), update));
  }

  @POST
  @Consumes(TEXT_CSV)
  public ImportView importCsv(
      @PathParam("fleetId") UUID fleetId, @QueryParam("upsert") String upsert, InputStream body)
      throws IOException {
    boolean update = flag(upsert);
    fleets.require(fleetId);
    return ImportView.of(imports.importDevices(fleetId, csv.read(body), update));
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInput(
        "upsert must be true or false", List.of(new FieldError("upsert", "must be true or false")));
  }
}
