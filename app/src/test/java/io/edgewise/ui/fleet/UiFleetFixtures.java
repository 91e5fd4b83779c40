package io.edgewise.ui.fleet;

import io.edgewise.testing.DeviceImportBody;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import java.util.Map;

/** Sites, fleets and devices for the fleet view tests, created through the real REST API. */
final class UiFleetFixtures {

  private UiFleetFixtures() {}

  static String site(TestTenant t, String name) {
    return t.createSite(Map.of("name", name, "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 12));
  }

  static String fleet(TestTenant t, String siteId, String name) {
    return t.createFleet(
        TenantWorld.fleet(name, "SMART_TRANSPORTATION", "TRAFFIC_ANALYSIS", "vehicle", siteId));
  }

  /**
   * Imports {@code count} devices {@code prefix-0 ...}: every third ONLINE, the rest OFFLINE; zones
   * alternate north/south; floor is i % 5.
   */
  static void devices(TestTenant t, String fleetId, String prefix, int count) {
    DeviceImportBody body = new DeviceImportBody();
    for (int i = 0; i < count; i++) {
      body.floorDevice(prefix, i, 4, 20, 5);
    }
    t.importDevices(fleetId, body.toString());
  }

  static int deviceCount(TestTenant t, String fleetId) {
    return t.viewer()
        .get("/api/v1/fleets/" + fleetId)
        .then()
        .statusCode(200)
        .extract()
        .path("deviceCount");
  }

  /**
   * 3 good rows (lines 2, 4, 6) and 2 bad ones: line 3 has a non-numeric linkMbps, line 5 a
   * negative compute.
   */
  static String csvWithTwoBadRows(String prefix) {
    return "externalId,computeGflops,linkMbps,linkRttMs,status,labels\n"
        + prefix
        + "-a,10,50,8,ONLINE,zone=north\n"
        + prefix
        + "-b,10,fast,8,ONLINE,zone=north\n"
        + prefix
        + "-c,10,50,8,OFFLINE,zone=south\n"
        + prefix
        + "-d,-1,50,8,OFFLINE,zone=south\n"
        + prefix
        + "-e,12,40,9,,zone=east;floor=2\n";
  }
}
