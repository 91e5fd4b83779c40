package io.edgewise.fleet;

import io.edgewise.testing.DeviceImportBody;
import io.edgewise.testing.TestTenant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Sites, fleets and device payloads for the fleet tests, created through the real API. */
final class FleetFixtures {

  private FleetFixtures() {}

  static String site(TestTenant t, String name) {
    return t.createSite(Map.of("name", name, "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 12));
  }

  static Map<String, Object> fleet(String name, String siteId) {
    return fleet(name, siteId, "SMART_MULTIMEDIA", "VIDEO_ANALYTICS");
  }

  static Map<String, Object> fleet(String name, String siteId, String domain, String application) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("domain", domain);
    body.put("application", application);
    body.put("deviceClass", "camera");
    body.put("siteId", siteId);
    body.put("description", "cameras at the north gate");
    return body;
  }

  /** A site and a video-analytics fleet on it; returns the fleet id. */
  static String fleet(TestTenant t, String name) {
    String site = site(t, name + "-site");
    return t.createFleet(fleet(name, site));
  }

  static Map<String, Object> device(String externalId) {
    Map<String, Object> body = new HashMap<>();
    body.put("externalId", externalId);
    body.put("computeGflops", 12.5);
    body.put("linkMbps", 50);
    body.put("linkRttMs", 8);
    body.put("labels", Map.of("zone", "north"));
    return body;
  }

  static String device(TestTenant t, String fleetId, String externalId) {
    return t.operator()
        .body(device(externalId))
        .post("/api/v1/fleets/" + fleetId + "/devices")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /**
   * A JSON import body of {@code count} valid devices {@code prefix-0 ...}, zones alternating
   * north/south.
   */
  static String jsonImport(String prefix, int count) {
    DeviceImportBody body = new DeviceImportBody();
    for (int i = 0; i < count; i++) {
      body.floorDevice(prefix, i, i % 40, 10 + i % 90, i % 30);
    }
    return body.toString();
  }

  /** The same devices as {@link #jsonImport} as CSV with a header line. */
  static String csvImport(String prefix, int count) {
    StringBuilder csv =
        new StringBuilder("externalId,computeGflops,linkMbps,linkRttMs,status,labels\n");
    for (int i = 0; i < count; i++) {
      csv.append(prefix)
          .append('-')
          .append(i)
          .append(',')
          .append(i % 40)
          .append(',')
          .append(10 + i % 90)
          .append(',')
          .append(i % 30)
          .append(',')
          .append(i % 3 == 0 ? "ONLINE" : "OFFLINE")
          .append(",zone=")
          .append(i % 2 == 0 ? "north" : "south")
          .append(";floor=")
          .append(i % 5)
          .append('\n');
    }
    return csv.toString();
  }

  static String unknownId() {
    return UUID.randomUUID().toString();
  }
}
