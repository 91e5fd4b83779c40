package io.edgewise.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteApiTest {

  static Map<String, Object> site(String name, String paradigm) {
    return Map.of(
        "name",
        name,
        "paradigm",
        paradigm,
        "region",
        "eu-west",
        "latitude",
        48.1,
        "longitude",
        11.5,
        "uplinkMbps",
        500,
        "rttMs",
        20);
  }

  @Test
  void adminCreatesReadsUpdatesAndDeletesASite() {
    TestTenant t = TestTenant.create("sites");
    String id =
        t.admin()
            .body(site("north-mec", "MEC"))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/sites/"))
            .header("ETag", "\"0\"")
            .body("paradigm", equalTo("MEC"))
            .body("id", notNullValue())
            .extract()
            .path("id");

    t.viewer().get("/api/v1/sites/" + id).then().statusCode(200).body("name", equalTo("north-mec"));

    t.admin()
        .header("If-Match", "\"0\"")
        .body(site("north-mec-2", "FOG"))
        .put("/api/v1/sites/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("north-mec-2"))
        .body("version", equalTo(1));

    t.admin()
        .header("If-Match", "\"0\"")
        .body(site("stale", "FOG"))
        .put("/api/v1/sites/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    t.admin().delete("/api/v1/sites/" + id).then().statusCode(204);
    t.admin()
        .get("/api/v1/sites/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void listsArePagedFilteredAndSorted() {
    TestTenant t = TestTenant.create("sitelist");
    for (int i = 0; i < 5; i++) {
      t.admin()
          .body(site("s" + i, i % 2 == 0 ? "FOG" : "CLOUD"))
          .post("/api/v1/sites")
          .then()
          .statusCode(201);
    }
    t.viewer()
        .queryParam("size", 2)
        .queryParam("sort", "-name")
        .get("/api/v1/sites")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].name", equalTo("s4"))
        .body("totalItems", equalTo(5))
        .body("totalPages", equalTo(3));
    t.viewer()
        .queryParam("paradigm", "fog")
        .get("/api/v1/sites")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3));
    t.viewer()
        .queryParam("paradigm", "SPACE")
        .get("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("paradigm"));
    t.viewer()
        .queryParam("size", 501)
        .get("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("size"));
    t.viewer()
        .queryParam("sort", "password")
        .get("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
  }

  @Test
  void badBodiesGetProblemDetailsNamingTheField() {
    TestTenant t = TestTenant.create("sitebad");
    t.admin()
        .body("{\"name\": ")
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("JSON"));
    t.admin()
        .body(Map.of("name", "x", "paradigm", "SPACE", "uplinkMbps", 1, "rttMs", 1))
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("paradigm"));
    t.admin()
        .body(Map.of("name", "x", "paradigm", "FOG", "uplinkMbps", "fast", "rttMs", 1))
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("uplinkMbps"));
    t.admin()
        .body(Map.of("paradigm", "FOG", "rttMs", -1))
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("uplinkMbps"))
        .body("errors.field", hasItem("rttMs"));
    t.admin().body(site("dup", "FOG")).post("/api/v1/sites").then().statusCode(201);
    t.admin().body(site("dup", "FOG")).post("/api/v1/sites").then().statusCode(409);
    t.admin()
        .get("/api/v1/sites/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    t.admin().get("/api/v1/sites").then().statusCode(200).body("totalItems", equalTo(1));
  }

  @Test
  void viewerCannotWriteAndAnonymousIsRejected() {
    TestTenant t = TestTenant.create("siterole");
    t.viewer()
        .body(site("v", "FOG"))
        .post("/api/v1/sites")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    t.operator().body(site("o", "FOG")).post("/api/v1/sites").then().statusCode(403);
    given()
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"));
    given()
        .auth()
        .preemptive()
        .basic(t.adminEmail(), "wrong-password")
        .get("/api/v1/sites")
        .then()
        .statusCode(401);
  }
}
