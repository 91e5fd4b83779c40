package io.edgewise.fleet;

import static io.edgewise.fleet.FleetFixtures.device;
import static io.edgewise.fleet.FleetFixtures.fleet;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FleetSecurityTest {

  @Test
  void tenantBCannotReadChangeOrDeleteTenantAFleetsAndDevices() {
    TestTenant a = TestTenant.create("fleet-a");
    TestTenant b = TestTenant.create("fleet-b");
    String site = FleetFixtures.site(a, "a-site");
    String fleet = postFleet(a.operator(), "a-cams", site).statusCode(201).extract().path("id");
    String device = FleetFixtures.device(a, fleet, "cam-1");

    a.viewer().get("/api/v1/fleets/" + fleet).then().statusCode(200);
    b.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    b.operator().body(fleet("stolen", site)).put("/api/v1/fleets/" + fleet).then().statusCode(404);
    b.operator().delete("/api/v1/fleets/" + fleet).then().statusCode(404);
    b.viewer().get("/api/v1/fleets/" + fleet + "/devices").then().statusCode(404);
    addDevice(b.operator(), fleet, "intruder").statusCode(404);
    importDevices(b.operator(), fleet, FleetFixtures.jsonImport("intruder", 3)).statusCode(404);
    importDevices(
            b.operator().contentType("text/csv"), fleet, FleetFixtures.csvImport("intruder", 3))
        .statusCode(404);
    b.viewer().get("/api/v1/devices/" + device).then().statusCode(404);
    b.operator().body(device("renamed")).put("/api/v1/devices/" + device).then().statusCode(404);
    b.operator().delete("/api/v1/devices/" + device).then().statusCode(404);
    b.viewer().get("/api/v1/fleets").then().body("totalItems", equalTo(0));
    b.viewer().get("/api/v1/devices").then().body("totalItems", equalTo(0));
    b.viewer()
        .queryParam("fleetId", fleet)
        .get("/api/v1/devices")
        .then()
        .body("totalItems", equalTo(0));

    assertThat(Sql.count("select count(*) from devices where tenant_id = ?", a.id())).isEqualTo(1);
    assertThat(Sql.count("select count(*) from devices where tenant_id = ?", b.id())).isZero();
    a.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo("a-cams"))
        .body("deviceCount", equalTo(1));
    a.viewer()
        .get("/api/v1/devices/" + device)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("externalId", equalTo("cam-1"));
  }

  @Test
  void tenantBCannotHomeAFleetOnTenantASite() {
    TestTenant a = TestTenant.create("site-a");
    TestTenant b = TestTenant.create("site-b");
    String aSite = FleetFixtures.site(a, "a-site");
    postFleet(b.operator(), "squatter", aSite)
        .statusCode(422)
        .body("errors[0].field", equalTo("siteId"));
    String bFleet = FleetFixtures.fleet(b, "b-cams");
    b.operator()
        .body(fleet("b-cams", aSite))
        .put("/api/v1/fleets/" + bFleet)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("siteId"));
    b.viewer()
        .get("/api/v1/fleets")
        .then()
        .body("totalItems", equalTo(1))
        .body("items[0].siteId", Matchers.not(equalTo(aSite)));
    b.viewer()
        .queryParam("siteId", aSite)
        .get("/api/v1/fleets")
        .then()
        .body("totalItems", equalTo(0));
  }

  @Test
  void viewerCannotWriteFleetsOrDevicesButOperatorCan() {
    TestTenant t = TestTenant.create("fleetrole");
    String site = FleetFixtures.site(t, "s");
    postFleet(t.viewer(), "v", site).statusCode(403).contentType("application/problem+json");
    String fleet = postFleet(t.operator(), "o", site).statusCode(201).extract().path("id");
    t.viewer().body(fleet("v", site)).put("/api/v1/fleets/" + fleet).then().statusCode(403);
    t.viewer().delete("/api/v1/fleets/" + fleet).then().statusCode(403);
    addDevice(t.viewer(), fleet, "v-1").statusCode(403);
    importDevices(t.viewer(), fleet, FleetFixtures.jsonImport("v", 2)).statusCode(403);
    String device = FleetFixtures.device(t, fleet, "o-1");
    t.viewer().body(device("v-1")).put("/api/v1/devices/" + device).then().statusCode(403);
    t.viewer().delete("/api/v1/devices/" + device).then().statusCode(403);
    t.viewer()
        .get("/api/v1/devices/" + device)
        .then()
        .statusCode(200)
        .body("externalId", equalTo("o-1"));
    t.viewer()
        .get("/api/v1/fleets/" + fleet)
        .then()
        .statusCode(200)
        .body("name", equalTo("o"))
        .body("deviceCount", equalTo(1));

    importDevices(t.operator(), fleet, FleetFixtures.jsonImport("p", 2)).statusCode(200);
    t.operator().body(device("o-1b")).put("/api/v1/devices/" + device).then().statusCode(200);
    t.admin().delete("/api/v1/devices/" + device).then().statusCode(204);
  }

  @Test
  void apiTokensCarryTheirRoleAndAnonymousCallersAreRejected() {
    TestTenant t = TestTenant.create("fleettoken");
    String site = FleetFixtures.site(t, "s");
    String viewer = t.token("VIEWER");
    String operator = t.token("OPERATOR");
    postFleet(given().auth().oauth2(viewer).contentType(ContentType.JSON), "v", site)
        .statusCode(403);
    String fleet =
        postFleet(given().auth().oauth2(operator).contentType(ContentType.JSON), "o", site)
            .statusCode(201)
            .extract()
            .path("id");
    importDevices(
            given().auth().oauth2(operator).contentType("text/csv"),
            fleet,
            FleetFixtures.csvImport("o", 5))
        .statusCode(200)
        .body("imported", equalTo(5));
    given()
        .auth()
        .oauth2(viewer)
        .get("/api/v1/fleets/" + fleet + "/devices")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(5));
    given()
        .get("/api/v1/fleets")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"));
    importDevices(given().contentType("text/csv"), fleet, FleetFixtures.csvImport("anon", 1))
        .statusCode(401);
  }

  /** Creates fleet {@code name} homed on {@code site} with the caller's credentials. */
  private static ValidatableResponse postFleet(RequestSpecification as, String name, String site) {
    return as.body(fleet(name, site)).post("/api/v1/fleets").then();
  }

  private static ValidatableResponse addDevice(
      RequestSpecification as, String fleet, String externalId) {
    return as.body(device(externalId)).post("/api/v1/fleets/" + fleet + "/devices").then();
  }

  /** Posts a JSON or (with a text/csv content type) CSV device list to the fleet's import. */
  private static ValidatableResponse importDevices(
      RequestSpecification as, String fleet, String devices) {
    return as.body(devices).post("/api/v1/fleets/" + fleet + "/devices/import").then();
  }
}
