package io.edgewise.node;

import static io.edgewise.node.NodeFixtures.bearer;
import static io.edgewise.node.NodeFixtures.node;
import static io.edgewise.node.NodeFixtures.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NodeApiTest {

  @Test
  void adminCreatesReadsUpdatesAndDeletesANodeWithItsGpus() {
    TestTenant t = TestTenant.create("nodes");
    String siteId = site(t, "mec-1");
    String id =
        t.admin()
            .body(node("edge-1", siteId, 2))
            .post("/api/v1/nodes")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/nodes/"))
            .header("ETag", "\"0\"")
            .body("status", equalTo("PENDING"))
            .body("gpus", hasSize(2))
            .body("gpus[1].index", equalTo(1))
            .body("gpus[0].model", equalTo("Tesla T4"))
            .body("gpus[0].utilizationPct", nullValue())
            .extract()
            .path("id");

    t.viewer()
        .get("/api/v1/nodes/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo("edge-1"))
        .body("siteId", equalTo(siteId))
        .body("gpus", hasSize(2))
        .body("lastHeartbeatAt", nullValue());

    Map<String, Object> changed = node("edge-1b", siteId, 0);
    changed.put("gpus", List.of(l4(1), l4(3)));
    t.admin()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/nodes/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("edge-1b"))
        .body("version", equalTo(1))
        .body("gpus.index", equalTo(List.of(1, 3)))
        .body("gpus[0].model", equalTo("L4"));

    t.admin()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/nodes/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    t.admin().delete("/api/v1/nodes/" + id).then().statusCode(204);
    t.admin()
        .get("/api/v1/nodes/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void listsAreFilteredBySiteAndStatusAndSorted() {
    TestTenant t = TestTenant.create("nodelist");
    String north = site(t, "north");
    String south = site(t, "south");
    for (int i = 0; i < 4; i++) {
      Map<String, Object> body = node("n" + i, i < 3 ? north : south, 1);
      body.put("status", i == 0 ? "MAINTENANCE" : "PENDING");
      t.admin().body(body).post("/api/v1/nodes").then().statusCode(201);
    }
    t.viewer()
        .queryParam("siteId", north)
        .queryParam("sort", "-name")
        .get("/api/v1/nodes")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("items[0].name", equalTo("n2"))
        .body("items[0].gpus", hasSize(1));
    t.viewer()
        .queryParam("status", "maintenance")
        .get("/api/v1/nodes")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("n0")));
    t.viewer()
        .queryParam("sort", "status")
        .queryParam("size", 1)
        .get("/api/v1/nodes")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo("MAINTENANCE"))
        .body("totalPages", equalTo(4));
    t.viewer()
        .queryParam("sort", "lastHeartbeatAt")
        .get("/api/v1/nodes")
        .then()
        .statusCode(200)
        .body("items", hasSize(4));
    t.viewer()
        .queryParam("status", "BROKEN")
        .get("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
    t.viewer()
        .queryParam("siteId", "nowhere")
        .get("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("siteId"));
    t.viewer()
        .queryParam("sort", "hostname")
        .get("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
  }

  @Test
  void badBodiesGetProblemDetailsNamingTheField() {
    TestTenant t = TestTenant.create("nodebad");
    String siteId = site(t, "s");
    t.admin()
        .body(Map.of("siteId", siteId, "cpuCores", 0))
        .post("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("cpuCores"))
        .body("errors.field", hasItem("memoryMib"));

    Map<String, Object> badGpu = node("g", siteId, 0);
    badGpu.put(
        "gpus",
        List.of(
            Map.of(
                "index",
                -1,
                "vendor",
                "NVIDIA",
                "model",
                "T4",
                "memoryMib",
                0,
                "peakTflops",
                65.0)));
    t.admin()
        .body(badGpu)
        .post("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("gpus[0].index"))
        .body("errors.field", hasItem("gpus[0].memoryMib"));

    Map<String, Object> duplicate = node("d", siteId, 1);
    duplicate.put(
        "gpus", List.of(NodeFixtures.gpus(1, "T4").get(0), NodeFixtures.gpus(1, "T4").get(0)));
    t.admin()
        .body(duplicate)
        .post("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("gpus[1].index")));

    Map<String, Object> online = node("o", siteId, 0);
    online.put("status", "ONLINE");
    t.admin()
        .body(online)
        .post("/api/v1/nodes")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("status")));

    t.admin()
        .body(node("x", "00000000-0000-0000-0000-000000000000", 0))
        .post("/api/v1/nodes")
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("siteId")));

    t.admin().body(node("dup", siteId, 0)).post("/api/v1/nodes").then().statusCode(201);
    t.admin()
        .body(node("dup", siteId, 0))
        .post("/api/v1/nodes")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    t.admin()
        .get("/api/v1/nodes/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    t.admin().get("/api/v1/nodes").then().statusCode(200).body("totalItems", equalTo(1));
  }

  @Test
  void adminsPutNodesIntoMaintenanceAndTakeThemOutAndTheHistoryRecordsIt() {
    TestTenant t = TestTenant.create("nodemaint");
    String siteId = site(t, "s");
    String id = createNode(t, node("m", siteId, 1));
    Map<String, Object> body = node("m", siteId, 1);
    body.put("status", "MAINTENANCE");
    t.admin()
        .body(body)
        .put("/api/v1/nodes/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("MAINTENANCE"));
    body.put("status", "OFFLINE");
    t.admin()
        .body(body)
        .put("/api/v1/nodes/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("status")));
    body.put("status", "PENDING");
    t.admin()
        .body(body)
        .put("/api/v1/nodes/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));

    t.viewer()
        .get("/api/v1/nodes/" + id + "/transitions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].from", equalTo("MAINTENANCE"))
        .body("items[0].to", equalTo("PENDING"))
        .body("items[1].to", equalTo("MAINTENANCE"))
        .body("items[1].reason", containsString(t.adminEmail()));
  }

  @Test
  void onlyAdminsWriteAndAgentsReadNothing() {
    TestTenant t = TestTenant.create("noderole");
    String siteId = site(t, "s");
    t.viewer()
        .body(node("v", siteId, 0))
        .post("/api/v1/nodes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    t.operator().body(node("o", siteId, 0)).post("/api/v1/nodes").then().statusCode(403);
    String id = createNode(t, node("a", siteId, 0));
    t.operator().delete("/api/v1/nodes/" + id).then().statusCode(403);
    t.operator().get("/api/v1/nodes/" + id).then().statusCode(200);
    bearer(t.token("AGENT"))
        .get("/api/v1/nodes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/nodes").then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void tenantBCannotSeeOrChangeTenantANodes() {
    TestTenant a = TestTenant.create("nodetena");
    TestTenant b = TestTenant.create("nodetenb");
    String siteA = site(a, "s");
    String siteB = site(b, "s");
    String id =
        a.admin()
            .body(node("secret", siteA, 1))
            .post("/api/v1/nodes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    b.admin()
        .get("/api/v1/nodes/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    b.admin().get("/api/v1/nodes/" + id + "/transitions").then().statusCode(404);
    b.admin().body(node("stolen", siteB, 0)).put("/api/v1/nodes/" + id).then().statusCode(404);
    b.admin().delete("/api/v1/nodes/" + id).then().statusCode(404);
    b.admin().get("/api/v1/nodes").then().statusCode(200).body("totalItems", equalTo(0));
    b.admin()
        .body(node("on-a-site", siteA, 0))
        .post("/api/v1/nodes")
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("siteId")));

    a.admin()
        .get("/api/v1/nodes/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("secret"))
        .body("version", equalTo(0))
        .body("gpus", hasSize(1));
  }

  /** Creates a node as the admin; returns its id. */
  private static String createNode(TestTenant t, Map<String, Object> body) {
    return t.admin().body(body).post("/api/v1/nodes").then().statusCode(201).extract().path("id");
  }

  /** An L4 (23,034 MiB, 121 TFLOPS) at {@code index}. */
  private static Map<String, Object> l4(int index) {
    return Map.of(
        "index",
        index,
        "vendor",
        "NVIDIA",
        "model",
        "L4",
        "memoryMib",
        23_034,
        "peakTflops",
        121.0);
  }
}
