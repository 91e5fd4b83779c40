package io.edgewise.fleet;

import static io.edgewise.fleet.FleetFixtures.fleet;
import static io.edgewise.fleet.FleetFixtures.site;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FleetApiTest {

  @Test
  void operatorCreatesReadsUpdatesAndDeletesAFleet() {
    TestTenant t = TestTenant.create("fleets");
    String site = site(t, "gate-mec");
    String id =
        t.operator()
            .body(fleet("gate-cams", site))
            .post("/api/v1/fleets")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/fleets/"))
            .header("ETag", "\"0\"")
            .body("id", notNullValue())
            .body("siteId", equalTo(site))
            .body("deviceCount", equalTo(0))
            .body("onlineDevices", equalTo(0))
            .extract()
            .path("id");

    t.viewer()
        .get("/api/v1/fleets/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo("gate-cams"))
        .body("domain", equalTo("SMART_MULTIMEDIA"))
        .body("application", equalTo("VIDEO_ANALYTICS"))
        .body("deviceClass", equalTo("camera"))
        .body("description", equalTo("cameras at the north gate"));

    t.operator()
        .header("If-Match", "\"0\"")
        .body(fleet("gate-shuttles", site, "SMART_TRANSPORTATION", "AUTONOMOUS_DRIVING"))
        .put("/api/v1/fleets/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("gate-shuttles"))
        .body("application", equalTo("AUTONOMOUS_DRIVING"))
        .body("version", equalTo(1));
    t.operator()
        .header("If-Match", "\"0\"")
        .body(fleet("stale", site))
        .put("/api/v1/fleets/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    t.viewer().get("/api/v1/fleets/" + id).then().body("name", equalTo("gate-shuttles"));

    t.operator().delete("/api/v1/fleets/" + id).then().statusCode(204);
    t.viewer()
        .get("/api/v1/fleets/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void applicationMustBelongToTheFleetsDomain() {
    TestTenant t = TestTenant.create("fleetapp");
    String site = site(t, "s");
    t.operator()
        .body(fleet("meters", site, "SMART_CITY", "AUTONOMOUS_DRIVING"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("application"))
        .body("errors[0].message", containsString("SMART_GRID"))
        .body("detail", containsString("SMART_TRANSPORTATION"));
    t.operator()
        .body(fleet("meters", site, "SMART_CITY", "SMART_GRID"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(201);
  }

  @Test
  void badFleetBodiesGetProblemDetailsNamingEachField() {
    TestTenant t = TestTenant.create("fleetbad");
    String site = site(t, "s");
    t.operator()
        .body(Map.of("description", "x"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("domain"))
        .body("errors.field", hasItem("application"))
        .body("errors.field", hasItem("deviceClass"))
        .body("errors.field", hasItem("siteId"));
    Map<String, Object> longClass = fleet("f", site);
    longClass.put("deviceClass", "c".repeat(61));
    t.operator()
        .body(longClass)
        .post("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors.field", contains("deviceClass"));
    t.operator()
        .body(fleet("f", site, "SMART_SPACE", "VIDEO_ANALYTICS"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("domain"));
    t.operator()
        .body(fleet("f", site, "SMART_CITY", "TELEPORTATION"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("application"));
    t.operator()
        .body(fleet("f", "not-a-uuid"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("siteId"));
    t.viewer().get("/api/v1/fleets").then().body("totalItems", equalTo(0));
  }

  @Test
  void homeSiteMustBeASiteOfTheTenant() {
    TestTenant t = TestTenant.create("fleetsite");
    t.operator()
        .body(fleet("f", FleetFixtures.unknownId()))
        .post("/api/v1/fleets")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", contains("siteId"));
    t.viewer().get("/api/v1/fleets").then().body("totalItems", equalTo(0));
  }

  @Test
  void fleetNamesAreUniqueWithinATenant() {
    TestTenant t = TestTenant.create("fleetdup");
    String site = site(t, "s");
    t.operator().body(fleet("cams", site)).post("/api/v1/fleets").then().statusCode(201);
    t.operator()
        .body(fleet("cams", site))
        .post("/api/v1/fleets")
        .then()
        .statusCode(409)
        .body("detail", containsString("cams"));
    String other =
        t.operator()
            .body(fleet("other", site))
            .post("/api/v1/fleets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    t.operator().body(fleet("cams", site)).put("/api/v1/fleets/" + other).then().statusCode(409);

    TestTenant u = TestTenant.create("fleetdup-other");
    u.operator().body(fleet("cams", site(u, "s"))).post("/api/v1/fleets").then().statusCode(201);
  }

  @Test
  void listsAreFilteredSortedPagedAndCountDevicesPerFleet() {
    TestTenant t = TestTenant.create("fleetlist");
    String north = site(t, "north");
    String south = site(t, "south");
    String cams =
        t.operator()
            .body(fleet("c-cams", north))
            .post("/api/v1/fleets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    t.operator()
        .body(fleet("a-cars", north, "SMART_TRANSPORTATION", "AUTONOMOUS_DRIVING"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(201);
    t.operator()
        .body(fleet("b-meters", south, "SMART_CITY", "SMART_GRID"))
        .post("/api/v1/fleets")
        .then()
        .statusCode(201);
    t.operator()
        .body(FleetFixtures.jsonImport("cam", 9))
        .post("/api/v1/fleets/" + cams + "/devices/import")
        .then()
        .statusCode(200);

    t.viewer()
        .get("/api/v1/fleets")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("items.name", contains("a-cars", "b-meters", "c-cams"))
        .body("items.deviceCount", contains(0, 0, 9))
        .body("items.onlineDevices", contains(0, 0, 3));
    t.viewer()
        .queryParam("sort", "-name")
        .queryParam("size", 2)
        .get("/api/v1/fleets")
        .then()
        .body("items.name", contains("c-cams", "b-meters"))
        .body("totalPages", equalTo(2));
    t.viewer()
        .queryParam("sort", "domain")
        .get("/api/v1/fleets")
        .then()
        .body("items.domain", contains("SMART_CITY", "SMART_MULTIMEDIA", "SMART_TRANSPORTATION"));
    t.viewer()
        .queryParam("sort", "-createdAt")
        .get("/api/v1/fleets")
        .then()
        .body("items[0].name", equalTo("b-meters"));
    t.viewer()
        .queryParam("domain", "smart_city")
        .get("/api/v1/fleets")
        .then()
        .body("items.name", contains("b-meters"));
    t.viewer()
        .queryParam("siteId", north)
        .get("/api/v1/fleets")
        .then()
        .body("items.name", contains("a-cars", "c-cams"));
    t.viewer()
        .queryParam("application", "VIDEO_ANALYTICS")
        .get("/api/v1/fleets")
        .then()
        .body("items.name", contains("c-cams"));
    t.viewer()
        .queryParam("siteId", north)
        .queryParam("domain", "SMART_CITY")
        .get("/api/v1/fleets")
        .then()
        .body("totalItems", equalTo(0));
    t.viewer()
        .queryParam("siteId", "north")
        .get("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors.field", contains("siteId"));
    t.viewer()
        .queryParam("domain", "SMART_SPACE")
        .get("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors.field", contains("domain"));
    t.viewer()
        .queryParam("sort", "deviceClass")
        .get("/api/v1/fleets")
        .then()
        .statusCode(400)
        .body("errors.field", contains("sort"));
    t.viewer()
        .get("/api/v1/fleets/" + cams)
        .then()
        .body("deviceCount", equalTo(9))
        .body("onlineDevices", equalTo(3));
  }

  @Test
  void aFleetWithDevicesCannotBeDeleted() {
    TestTenant t = TestTenant.create("fleetdel");
    String fleet = FleetFixtures.fleet(t, "busy");
    String device = FleetFixtures.device(t, fleet, "cam-1");
    t.operator()
        .delete("/api/v1/fleets/" + fleet)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("in-use"))
        .body("detail", containsString("devices"));
    t.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .statusCode(200)
        .body("deviceCount", equalTo(1));
    t.operator().delete("/api/v1/devices/" + device).then().statusCode(204);
    t.operator().delete("/api/v1/fleets/" + fleet).then().statusCode(204);
  }

  @Test
  void applicationCatalogueListsEveryApplicationWithItsDomainAndLatencyBudget() {
    TestTenant t = TestTenant.create("apps");
    t.viewer()
        .get("/api/v1/applications")
        .then()
        .statusCode(200)
        .body("", hasSize(12))
        .body("find { it.name == 'AUTONOMOUS_DRIVING' }.domain", equalTo("SMART_TRANSPORTATION"))
        .body("find { it.name == 'AUTONOMOUS_DRIVING' }.latencyBudgetMs", equalTo(100))
        .body("find { it.name == 'VIDEO_ANALYTICS' }.latencyBudgetMs", equalTo(200))
        .body("rationale", everyItem(notNullValue()));
    t.viewer()
        .queryParam("domain", "SMART_INDUSTRY")
        .get("/api/v1/applications")
        .then()
        .body("name", contains("SMART_MANUFACTURING", "INDUSTRIAL_ANALYSIS"));
    t.viewer()
        .queryParam("domain", "SMART_SPACE")
        .get("/api/v1/applications")
        .then()
        .statusCode(400)
        .body("errors.field", contains("domain"));
    t.operator().body(Map.of()).post("/api/v1/applications").then().statusCode(405);
  }
}
