package io.edgewise.fleet;

import static io.edgewise.fleet.FleetFixtures.csvImport;
import static io.edgewise.fleet.FleetFixtures.jsonImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeviceImportApiTest {

  private static final Logger LOG = Logger.getLogger(DeviceImportApiTest.class);

  private static int deviceCount(TestTenant t, String fleetId) {
    return t.viewer()
        .queryParam("size", 1)
        .get("/api/v1/fleets/" + fleetId + "/devices")
        .then()
        .statusCode(200)
        .extract()
        .path("totalItems");
  }

  @Test
  void importsTenThousandDevicesFromJson() {
    TestTenant t = TestTenant.create("imp-json");
    String fleet = FleetFixtures.fleet(t, "json-cams");
    String body = jsonImport("cam", 10_000);
    long started = System.nanoTime();
    t.importDevices(fleet, body)
        .body("imported", equalTo(10_000))
        .body("created", equalTo(10_000))
        .body("updated", equalTo(0));
    LOG.infof(
        "JSON import of 10,000 devices answered in %d ms",
        (System.nanoTime() - started) / 1_000_000);
    t.viewer()
        .queryParam("label", "zone=north")
        .queryParam("status", "ONLINE")
        .queryParam("size", 1)
        .get("/api/v1/fleets/" + fleet + "/devices")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1667));
    t.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .body("deviceCount", equalTo(10_000))
        .body("onlineDevices", equalTo(3334));
    assertThat(deviceCount(t, fleet)).isEqualTo(10_000);
  }

  @Test
  void importsTenThousandDevicesFromCsv() {
    TestTenant t = TestTenant.create("imp-csv");
    String fleet = FleetFixtures.fleet(t, "csv-cams");
    String body = csvImport("cam", 10_000);
    long started = System.nanoTime();
    t.operator()
        .contentType("text/csv")
        .body(body)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(200)
        .body("imported", equalTo(10_000));
    LOG.infof(
        "CSV import of 10,000 devices answered in %d ms",
        (System.nanoTime() - started) / 1_000_000);
    assertThat(deviceCount(t, fleet)).isEqualTo(10_000);
    t.viewer()
        .queryParam("q", "cam-9999")
        .get("/api/v1/fleets/" + fleet + "/devices")
        .then()
        .body("items", hasSize(1))
        .body("items[0].labels.zone", equalTo("south"))
        .body("items[0].labels.floor", equalTo("4"))
        .body("items[0].linkMbps", equalTo(19.0f))
        .body("items[0].status", equalTo("ONLINE"));
  }

  @Test
  void aBareJsonArrayIsAcceptedToo() {
    TestTenant t = TestTenant.create("imp-array");
    String fleet = FleetFixtures.fleet(t, "array");
    String devices = jsonImport("cam", 3);
    String array = devices.substring(devices.indexOf('['), devices.lastIndexOf(']') + 1);
    t.operator()
        .body(array)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(200)
        .body("imported", equalTo(3));
    t.operator()
        .body("[{\"externalId\":\"cam-9\",\"computeGflops\":1,\"linkMbps\":-1,\"linkRttMs\":1}]")
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors.field", contains("devices[0].linkMbps"));
    assertThat(deviceCount(t, fleet)).isEqualTo(3);
  }

  @Test
  void oneBadJsonRowImportsNothingAndNamesTheRow() {
    TestTenant t = TestTenant.create("imp-badjson");
    String fleet = FleetFixtures.fleet(t, "bad-json");
    String body =
        jsonImport("cam", 100)
            .replace(
                "\"externalId\":\"cam-41\",\"computeGflops\":1,\"linkMbps\":51",
                "\"externalId\":\"cam-41\",\"computeGflops\":1,\"linkMbps\":0");
    t.operator()
        .body(body)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("devices[41].linkMbps"))
        .body("detail", containsString("nothing was imported"));
    assertThat(deviceCount(t, fleet)).isZero();
  }

  @Test
  void oneBadCsvRowImportsNothingAndNamesItsLine() {
    TestTenant t = TestTenant.create("imp-badcsv");
    String fleet = FleetFixtures.fleet(t, "bad-csv");
    // device 41 is on line 43: the header is line 1, device 0 line 2
    String body = csvImport("cam", 100).replace("cam-41,1,51,", "cam-41,1,fast,");
    t.operator()
        .contentType("text/csv")
        .body(body)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("row 43: linkMbps"))
        .body("errors[0].message", containsString("'fast'"));
    assertThat(deviceCount(t, fleet)).isZero();
  }

  @Test
  void everyBadRowIsListedInOrder() {
    TestTenant t = TestTenant.create("imp-many");
    String fleet = FleetFixtures.fleet(t, "many-bad");
    String body =
        "{\"devices\":["
            + "{\"externalId\":\"ok-0\",\"computeGflops\":1,\"linkMbps\":1,\"linkRttMs\":1},{\"externalId\":\"bad"
            + " 1\",\"computeGflops\":-1,\"linkMbps\":1,\"linkRttMs\":1},"
            + "{\"externalId\":\"bad-2\",\"computeGflops\":1,\"linkMbps\":\"fast\",\"linkRttMs\":1},"
            + "{\"externalId\":\"bad-3\",\"computeGflops\":1,\"linkMbps\":1,\"linkRttMs\":1,\"colour\":\"red\"},"
            + "42,{\"externalId\":\"bad-5\",\"computeGflops\":1,\"linkMbps\":1,\"linkRttMs\":1,\"status\":\"ASLEEP\",\"labels\":{\"bad"
            + " key\":\"x\"}},{\"computeGflops\":1,\"linkMbps\":1}]}";
    t.operator()
        .body(body)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains(
                "devices[1].computeGflops",
                "devices[1].externalId",
                "devices[2].linkMbps",
                "devices[3].colour",
                "devices[4]",
                "devices[5].status",
                "devices[6].externalId",
                "devices[6].linkRttMs"));
    assertThat(deviceCount(t, fleet)).isZero();
  }

  @Test
  void duplicateExternalIdsInsideTheBatchAreRejected() {
    TestTenant t = TestTenant.create("imp-dup");
    String fleet = FleetFixtures.fleet(t, "dups");
    String json = jsonImport("cam", 10).replace("\"cam-7\"", "\"cam-2\"");
    t.operator()
        .body(json)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("devices[7].externalId"))
        .body("errors[0].message", containsString("devices[2].externalId"));
    String csv = csvImport("cam", 10).replace("cam-7,", "cam-2,");
    t.operator()
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("row 9: externalId"))
        .body("errors[0].message", containsString("row 4"));
    assertThat(deviceCount(t, fleet)).isZero();
  }

  @Test
  void externalIdsTheFleetHasAreRejectedUnlessUpserting() {
    TestTenant t = TestTenant.create("imp-exist");
    String fleet = FleetFixtures.fleet(t, "existing");
    FleetFixtures.device(t, fleet, "cam-3");
    t.operator()
        .body(jsonImport("cam", 5))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors.field", contains("devices[3].externalId"))
        .body("errors[0].message", containsString("upsert"));
    t.operator()
        .contentType("text/csv")
        .body(csvImport("cam", 5))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors.field", contains("row 5: externalId"));
    assertThat(deviceCount(t, fleet)).isEqualTo(1);

    t.operator()
        .queryParam("upsert", "true")
        .body(jsonImport("cam", 5))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(200)
        .body("imported", equalTo(5))
        .body("created", equalTo(4))
        .body("updated", equalTo(1));
    t.viewer()
        .queryParam("q", "cam-3")
        .get("/api/v1/fleets/" + fleet + "/devices")
        .then()
        .body("items[0].linkMbps", equalTo(13.0f))
        .body("items[0].labels.floor", equalTo("3"))
        .body("items[0].version", equalTo(1));
    t.operator()
        .queryParam("upsert", "maybe")
        .body(jsonImport("cam", 5))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("upsert"));
  }

  @Test
  void moreThanTenThousandDevicesIsTooLarge() {
    TestTenant t = TestTenant.create("imp-large");
    String fleet = FleetFixtures.fleet(t, "large");
    t.operator()
        .body(jsonImport("cam", 10_001))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("10000"));
    t.operator()
        .contentType("text/csv")
        .body(csvImport("cam", 10_001))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(413);
    assertThat(deviceCount(t, fleet)).isZero();
  }

  @Test
  void malformedBodiesAreRejectedWithAClearProblem() {
    TestTenant t = TestTenant.create("imp-shape");
    String fleet = FleetFixtures.fleet(t, "shape");
    String url = "/api/v1/fleets/" + fleet + "/devices/import";
    t.operator()
        .body("\"devices\"")
        .post(url)
        .then()
        .statusCode(400)
        .body("detail", containsString("{\"devices\""));
    t.operator()
        .body("{\"items\": []}")
        .post(url)
        .then()
        .statusCode(400)
        .body("detail", containsString("'items'"));
    t.operator()
        .body("{\"devices\": [")
        .post(url)
        .then()
        .statusCode(400)
        .body("detail", containsString("JSON"));
    t.operator()
        .body("{\"devices\": []}")
        .post(url)
        .then()
        .statusCode(400)
        .body("detail", containsString("no devices"));
    t.operator()
        .contentType("text/csv")
        .body("id,gflops\na,1\n")
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("header"))
        .body("errors.message", hasItem(containsString("'gflops'")));
    t.operator()
        .contentType("text/csv")
        .body("externalId,computeGflops,linkMbps,linkRttMs\na,1,1,1,extra\nb,1,1\n")
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("row 2", "row 3: linkRttMs"));
    t.operator()
        .contentType("text/csv")
        .body("externalId,computeGflops,linkMbps,linkRttMs\n\na,1,1,1\n\"b\",1,0,1\n")
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("row 4: linkMbps"));
    t.operator()
        .contentType("text/plain")
        .body("hello")
        .post(url)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    assertThat(deviceCount(t, fleet)).isZero();
  }

  @Test
  void anImportIsAuditedOnceNotPerDevice() {
    TestTenant t = TestTenant.create("imp-audit");
    String fleet = FleetFixtures.fleet(t, "audited");
    t.operator()
        .contentType("text/csv")
        .body(csvImport("cam", 250))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(200);
    t.admin()
        .queryParam("entityType", "fleet")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.action", contains("import", "create"))
        .body("items[0].summary", containsString("250 devices"));
    t.admin()
        .queryParam("entityType", "device")
        .get("/api/v1/audit")
        .then()
        .body("totalItems", equalTo(0));
  }
}
