package io.edgewise.fleet;

import static io.edgewise.fleet.FleetFixtures.device;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeviceApiTest {

  @Test
  void operatorCreatesReadsUpdatesAndDeletesADevice() {
    TestTenant t = TestTenant.create("devices");
    String fleet = FleetFixtures.fleet(t, "cams");
    String id =
        t.operator()
            .body(device("cam-1"))
            .post("/api/v1/fleets/" + fleet + "/devices")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/devices/"))
            .header("ETag", "\"0\"")
            .body("fleetId", equalTo(fleet))
            .body("status", equalTo("UNKNOWN"))
            .body("lastSeenAt", nullValue())
            .body("labels.zone", equalTo("north"))
            .body("computeGflops", equalTo(12.5f))
            .extract()
            .path("id");

    t.viewer()
        .get("/api/v1/devices/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("externalId", equalTo("cam-1"));

    Map<String, Object> changed = device("cam-1b");
    changed.put("status", "ONLINE");
    changed.put("labels", Map.of("zone", "south", "floor", "2"));
    t.operator()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/devices/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("externalId", equalTo("cam-1b"))
        .body("status", equalTo("ONLINE"))
        .body("labels.floor", equalTo("2"))
        .body("version", equalTo(1));
    t.operator()
        .header("If-Match", "\"0\"")
        .body(device("stale"))
        .put("/api/v1/devices/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    t.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .body("deviceCount", equalTo(1))
        .body("onlineDevices", equalTo(1));

    t.operator().delete("/api/v1/devices/" + id).then().statusCode(204);
    t.viewer()
        .get("/api/v1/devices/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    t.operator().delete("/api/v1/devices/" + id).then().statusCode(404);
  }

  @Test
  void badDeviceBodiesGetProblemDetailsNamingEachField() {
    TestTenant t = TestTenant.create("devbad");
    String url = "/api/v1/fleets/" + FleetFixtures.fleet(t, "cams") + "/devices";
    Map<String, Object> bad =
        new HashMap<>(
            Map.of("externalId", "cam 1", "computeGflops", -1, "linkMbps", 0, "linkRttMs", -0.5));
    t.operator()
        .body(bad)
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("computeGflops", "externalId", "linkMbps", "linkRttMs"));
    t.operator()
        .body(Map.of())
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("externalId"))
        .body("errors.field", hasItem("linkMbps"));
    t.operator()
        .body(with("externalId", "x".repeat(129)))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("externalId"));
    t.operator()
        .body(with("linkMbps", "fast"))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("linkMbps"));
    t.operator()
        .body(with("status", "ASLEEP"))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("status"));
    t.operator()
        .body(with("lastSeenAt", "2026-01-01T00:00:00Z"))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("lastSeenAt"));
    t.operator()
        .body(with("labels", Map.of("bad key", "v")))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("labels"))
        .body("errors[0].message", containsString("label keys"));
    t.operator()
        .body(with("labels", Map.of("k", "v".repeat(257))))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("labels"));
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i < 33; i++) {
      many.put("k" + i, "v");
    }
    t.operator()
        .body(with("labels", many))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors.field", contains("labels"));
    many.remove("k0");
    t.operator()
        .body(with("labels", many))
        .post(url)
        .then()
        .statusCode(201)
        .body("labels.size()", equalTo(32));
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = device("cam-" + field);
    body.put(field, value);
    return body;
  }

  @Test
  void externalIdsAreUniqueWithinAFleet() {
    TestTenant t = TestTenant.create("devdup");
    String fleet = FleetFixtures.fleet(t, "cams");
    String other = FleetFixtures.fleet(t, "more-cams");
    FleetFixtures.device(t, fleet, "cam-1");
    String second = FleetFixtures.device(t, fleet, "cam-2");
    t.operator()
        .body(device("cam-1"))
        .post("/api/v1/fleets/" + fleet + "/devices")
        .then()
        .statusCode(409)
        .body("detail", containsString("cam-1"));
    t.operator().body(device("cam-1")).put("/api/v1/devices/" + second).then().statusCode(409);
    t.operator().body(device("cam-2")).put("/api/v1/devices/" + second).then().statusCode(200);
    FleetFixtures.device(t, other, "cam-1");
  }

  @Test
  void devicesAreFilteredByStatusLabelsAndPrefixAndPaged() {
    TestTenant t = TestTenant.create("devlist");
    String fleet = FleetFixtures.fleet(t, "cams");
    String other = FleetFixtures.fleet(t, "cars");
    t.operator()
        .body(FleetFixtures.jsonImport("cam", 30))
        .post("/api/v1/fleets/" + fleet + "/devices/import")
        .then()
        .statusCode(200);
    t.operator()
        .body(FleetFixtures.jsonImport("car", 10))
        .post("/api/v1/fleets/" + other + "/devices/import")
        .then()
        .statusCode(200);
    String devices = "/api/v1/fleets/" + fleet + "/devices";

    t.viewer()
        .get(devices)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(30))
        .body("items[0].externalId", equalTo("cam-0"));
    t.viewer()
        .queryParam("size", 7)
        .queryParam("page", 4)
        .queryParam("sort", "-externalId")
        .get(devices)
        .then()
        .body("items", hasSize(2))
        .body("totalPages", equalTo(5))
        .body("items.externalId", contains("cam-1", "cam-0"));
    t.viewer()
        .queryParam("label", "zone=north")
        .get(devices)
        .then()
        .body("totalItems", equalTo(15))
        .body("items.labels.zone", everyItem(equalTo("north")));
    t.viewer()
        .queryParam("label", "zone=north")
        .queryParam("label", "floor=2")
        .get(devices)
        .then()
        .body("items.externalId", contains("cam-12", "cam-2", "cam-22"));
    t.viewer().queryParam("label", "zone=east").get(devices).then().body("totalItems", equalTo(0));
    t.viewer().queryParam("status", "online").get(devices).then().body("totalItems", equalTo(10));
    t.viewer().queryParam("q", "cam-1").get(devices).then().body("totalItems", equalTo(11));
    t.viewer().queryParam("q", "cam_").get(devices).then().body("totalItems", equalTo(0));
    t.viewer()
        .queryParam("sort", "status")
        .queryParam("size", 1)
        .get(devices)
        .then()
        .body("items[0].status", equalTo("OFFLINE"));
    t.viewer().queryParam("sort", "-lastSeenAt").get(devices).then().statusCode(200);
    t.viewer().queryParam("sort", "-createdAt").get(devices).then().statusCode(200);

    t.viewer().get("/api/v1/devices").then().body("totalItems", equalTo(40));
    t.viewer()
        .queryParam("fleetId", other)
        .get("/api/v1/devices")
        .then()
        .body("totalItems", equalTo(10))
        .body("items.fleetId", everyItem(equalTo(other)));
    t.viewer()
        .queryParam("label", "zone=south")
        .queryParam("status", "OFFLINE")
        .get("/api/v1/devices")
        .then()
        .body("totalItems", equalTo(13));

    t.viewer()
        .queryParam("label", "zone")
        .get(devices)
        .then()
        .statusCode(400)
        .body("errors.field", contains("label"));
    t.viewer()
        .queryParam("label", "zone=a")
        .queryParam("label", "zone=b")
        .get(devices)
        .then()
        .statusCode(400)
        .body("errors.field", contains("label"));
    t.viewer()
        .queryParam("status", "ASLEEP")
        .get(devices)
        .then()
        .statusCode(400)
        .body("errors.field", contains("status"));
    t.viewer()
        .queryParam("fleetId", "cams")
        .get("/api/v1/devices")
        .then()
        .statusCode(400)
        .body("errors.field", contains("fleetId"));
    t.viewer()
        .queryParam("sort", "labels")
        .get(devices)
        .then()
        .statusCode(400)
        .body("errors.field", contains("sort"));
  }

  @Test
  void unknownFleetsAndDevicesAreNotFound() {
    TestTenant t = TestTenant.create("devmissing");
    String missing = FleetFixtures.unknownId();
    t.viewer()
        .get("/api/v1/fleets/" + missing + "/devices")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    t.operator()
        .body(device("cam-1"))
        .post("/api/v1/fleets/" + missing + "/devices")
        .then()
        .statusCode(404);
    t.operator()
        .body(FleetFixtures.jsonImport("cam", 1))
        .post("/api/v1/fleets/" + missing + "/devices/import")
        .then()
        .statusCode(404);
    t.viewer().get("/api/v1/devices/" + missing).then().statusCode(404);
    t.operator().body(device("cam-1")).put("/api/v1/devices/" + missing).then().statusCode(404);
  }
}
