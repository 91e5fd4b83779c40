package io.edgewise.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModelApiTest {

  static Map<String, Object> model(String name, String family, String domain) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "name",
                name,
                "task",
                "object-detection",
                "family",
                family,
                "description",
                "a test model"));
    if (domain != null) {
      body.put("domain", domain);
    }
    return body;
  }

  static String create(TestTenant t, String name) {
    return t.operator()
        .body(model(name, "CNN", "SMART_CITY"))
        .post("/api/v1/models")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void operatorCreatesReadsUpdatesAndDeletesAModel() {
    TestTenant t = TestTenant.create("models");
    String id =
        t.operator()
            .body(model("yolo-lite", "CNN", "SMART_TRANSPORTATION"))
            .post("/api/v1/models")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/models/"))
            .header("ETag", "\"0\"")
            .body("family", equalTo("CNN"))
            .body("domain", equalTo("SMART_TRANSPORTATION"))
            .body("task", equalTo("object-detection"))
            .body("versionCount", equalTo(0))
            .body("latestVersion", nullValue())
            .extract()
            .path("id");

    t.viewer()
        .get("/api/v1/models/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo("yolo-lite"));

    t.operator()
        .header("If-Match", "\"0\"")
        .body(model("yolo-lite-2", "DNN", null))
        .put("/api/v1/models/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("yolo-lite-2"))
        .body("domain", nullValue())
        .body("version", equalTo(1));
    t.operator()
        .header("If-Match", "\"0\"")
        .body(model("stale", "DNN", null))
        .put("/api/v1/models/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    t.operator().delete("/api/v1/models/" + id).then().statusCode(204);
    t.viewer()
        .get("/api/v1/models/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void listsAreFilteredByFamilyDomainAndNamePrefix() {
    TestTenant t = TestTenant.create("modellist");
    t.operator()
        .body(model("traffic-lstm", "LSTM", "SMART_TRANSPORTATION"))
        .post("/api/v1/models")
        .then()
        .statusCode(201);
    t.operator()
        .body(model("traffic-cnn", "CNN", "SMART_TRANSPORTATION"))
        .post("/api/v1/models")
        .then()
        .statusCode(201);
    t.operator()
        .body(model("grid-ae", "AE", "SMART_CITY"))
        .post("/api/v1/models")
        .then()
        .statusCode(201);
    t.operator()
        .body(model("100%_sure", "OTHER", null))
        .post("/api/v1/models")
        .then()
        .statusCode(201);

    t.viewer()
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(4))
        .body(
            "items.name", equalTo(List.of("100%_sure", "grid-ae", "traffic-cnn", "traffic-lstm")));
    t.viewer()
        .queryParam("family", "lstm")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("traffic-lstm")));
    t.viewer()
        .queryParam("domain", "smart_transportation")
        .queryParam("sort", "-name")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("traffic-lstm", "traffic-cnn")));
    t.viewer()
        .queryParam("q", "TRAFFIC-")
        .queryParam("size", 1)
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("totalPages", equalTo(2))
        .body("items.name", equalTo(List.of("traffic-cnn")));
    t.viewer()
        .queryParam("q", "100%_")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("100%_sure")));
    t.viewer()
        .queryParam("q", "1%")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));

    t.viewer()
        .queryParam("family", "TRANSFORMER")
        .get("/api/v1/models")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("family"));
    t.viewer()
        .queryParam("domain", "SMART_SPACE")
        .get("/api/v1/models")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("domain"));
    t.viewer()
        .queryParam("sort", "description")
        .get("/api/v1/models")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
  }

  @Test
  void badBodiesGetProblemDetailsNamingTheField() {
    TestTenant t = TestTenant.create("modelbad");
    t.operator()
        .body(Map.of("description", "x".repeat(2001)))
        .post("/api/v1/models")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("name", "task", "family", "description"));
    t.operator()
        .body(model("m", "CNN", "SMART_SPACE"))
        .post("/api/v1/models")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("domain"))
        .body("errors[0].message", containsString("SMART_CITY"));
    t.operator()
        .body(model("n".repeat(101), "CNN", null))
        .post("/api/v1/models")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));

    String first = create(t, "dup");
    t.operator()
        .body(model("dup", "RNN", null))
        .post("/api/v1/models")
        .then()
        .statusCode(409)
        .body("detail", containsString("dup"));
    String second = create(t, "other");
    t.operator()
        .body(model("dup", "CNN", null))
        .put("/api/v1/models/" + second)
        .then()
        .statusCode(409);
    t.operator()
        .body(model("dup", "RNN", null))
        .put("/api/v1/models/" + first)
        .then()
        .statusCode(200)
        .body("family", equalTo("RNN"));
    t.viewer().get("/api/v1/models").then().body("totalItems", equalTo(2));
  }

  @Test
  void unknownFamilyIsRejectedNamingTheField() {
    TestTenant t = TestTenant.create("modelenum");
    t.operator()
        .body(model("m", "TRANSFORMER", null))
        .post("/api/v1/models")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("family"));
  }

  @Test
  void viewerCannotWriteAndAnonymousIsRejected() {
    TestTenant t = TestTenant.create("modelrole");
    String id = create(t, "kept");
    t.viewer()
        .body(model("v", "CNN", null))
        .post("/api/v1/models")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    t.viewer().body(model("v", "CNN", null)).put("/api/v1/models/" + id).then().statusCode(403);
    t.viewer().delete("/api/v1/models/" + id).then().statusCode(403);
    t.admin().body(model("by-admin", "CNN", null)).post("/api/v1/models").then().statusCode(201);
    given().get("/api/v1/models").then().statusCode(401).contentType("application/problem+json");
    t.viewer().get("/api/v1/models/" + id).then().statusCode(200).body("name", equalTo("kept"));
  }

  @Test
  void tenantBCannotSeeOrChangeTenantAModels() {
    TestTenant a = TestTenant.create("modela");
    TestTenant b = TestTenant.create("modelb");
    String id = create(a, "private-model");

    b.admin().get("/api/v1/models/" + id).then().statusCode(404);
    b.admin().body(model("stolen", "CNN", null)).put("/api/v1/models/" + id).then().statusCode(404);
    b.admin().delete("/api/v1/models/" + id).then().statusCode(404);
    b.admin().get("/api/v1/models").then().statusCode(200).body("totalItems", equalTo(0));
    b.operator()
        .body(model("private-model", "CNN", null))
        .post("/api/v1/models")
        .then()
        .statusCode(201);

    a.viewer()
        .get("/api/v1/models/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("private-model"))
        .body("version", equalTo(0));
  }
}
