package io.edgewise.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.edgewise.testing.DeviceImportBody;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * 100,000 devices in one tenant, imported through the API in ten requests: prints how long the
 * imports and the filtered, paged lists take, and checks that pages of the device lists come from
 * an index rather than sorting all of the tenant's devices.
 */
@QuarkusTest
class DeviceListAtScaleTest {

  private static final Logger LOG = Logger.getLogger(DeviceListAtScaleTest.class);
  private static final int IMPORTS = 10;
  private static final int PER_IMPORT = 10_000;

  @Test
  void listsStayPagedAndIndexedAtOneHundredThousandDevices() throws SQLException {
    TestTenant t = TestTenant.create("scale");
    String fleet = FleetFixtures.fleet(t, "scale-fleet");
    for (int k = 0; k < IMPORTS; k++) {
      String body = DeviceImportBody.atScale(k, PER_IMPORT, true);
      long started = System.nanoTime();
      t.importDevices(fleet, body).body("imported", equalTo(PER_IMPORT));
      LOG.infof(
          "import %d of %d devices: %d ms",
          k + 1, PER_IMPORT, (System.nanoTime() - started) / 1_000_000);
    }
    analyzeTable();
    String inFleet = "/api/v1/fleets/" + fleet + "/devices";
    timed(
        "fleet list, first page by externalId",
        () -> t.viewer().queryParam("size", 100),
        inFleet,
        100_000);
    timed(
        "fleet list, page 500 of 1000",
        () -> t.viewer().queryParam("size", 100).queryParam("page", 500),
        inFleet,
        100_000);
    timed(
        "global list by -createdAt",
        () -> t.viewer().queryParam("sort", "-createdAt"),
        "/api/v1/devices",
        100_000);
    timed("label rack=r7", () -> t.viewer().queryParam("label", "rack=r7"), inFleet, 100);
    timed(
        "labels zone=north and rack=r8",
        () -> t.viewer().queryParam("label", "zone=north").queryParam("label", "rack=r8"),
        "/api/v1/devices",
        100);
    timed("status ONLINE", () -> t.viewer().queryParam("status", "ONLINE"), inFleet, 25_000);
    timed("prefix dev-3-99", () -> t.viewer().queryParam("q", "dev-3-99"), "/api/v1/devices", 111);
    t.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .body("deviceCount", equalTo(100_000))
        .body("onlineDevices", equalTo(25_000));

    // as the application role, so row-level security applies exactly as for the API
    assertThat(
            plan(
                t,
                "SELECT * FROM devices WHERE tenant_id = '"
                    + t.id()
                    + "' ORDER BY external_id, id FETCH FIRST 50 ROWS ONLY"))
        .contains("devices_tenant_external_idx");
    assertThat(
            plan(
                t,
                "SELECT * FROM devices WHERE tenant_id = '"
                    + t.id()
                    + "' AND fleet_id = '"
                    + fleet
                    + "' ORDER BY external_id, id FETCH FIRST 50 ROWS ONLY"))
        .contains("Index Scan")
        .doesNotContain("Seq Scan");
  }

  private static void timed(
      String what, Supplier<RequestSpecification> request, String path, int expectedTotal) {
    request.get().get(path).then().statusCode(200);
    long started = System.nanoTime();
    request.get().get(path).then().statusCode(200).body("totalItems", equalTo(expectedTotal));
    LOG.infof(
        "%s: %d ms (of %d matching devices)",
        what, (System.nanoTime() - started) / 1_000_000, expectedTotal);
  }

  /** Gives the planner the statistics autovacuum would gather on a long-running database. */
  private static void analyzeTable() throws SQLException {
    try (Connection c = Sql.asSuperuser();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE devices");
    }
  }

  /**
   * The plan PostgreSQL chooses for {@code sql} when the application role runs it for the tenant.
   */
  private static String plan(TestTenant t, String sql) throws SQLException {
    try (Connection c = Sql.asApplication();
        Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant', '" + t.id() + "', false)");
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      LOG.infof("plan of %s%n%s", sql, plan);
      return plan.toString();
    }
  }
}
