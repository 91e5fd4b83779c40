package io.edgewise.registry;

import static io.edgewise.registry.TestProfiles.layer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VersionProfileApiTest {

  /**
   * A three-layer chain: conv (5 GFLOP, 400 kB out), pool (0.1 GFLOP, 100 kB), fc (1 GFLOP, 4 kB),
   * one exit after the conv.
   */
  static Map<String, Object> chainProfile() {
    Map<String, Object> profile = TestProfiles.threeLayerChain();
    profile.put("exits", List.of(Map.of("afterLayer", 0, "gflops", 0.05, "accuracy", 0.6)));
    return profile;
  }

  private static String path(TenantWorld w) {
    return "/api/v1/models/" + w.model() + "/versions/" + w.version() + "/profile";
  }

  @Test
  void operatorPutsAProfileEveryoneReadsItAndReplacingNeedsTheCurrentVersion() {
    TenantWorld w = TenantWorld.create("profile");
    TestTenant t = w.tenant();
    t.viewer().get(path(w)).then().statusCode(404).contentType("application/problem+json");

    t.operator()
        .body(chainProfile())
        .put(path(w))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("layers", hasSize(3))
        .body("totalGflops", equalTo(6.1f))
        .body("source", equalTo("ESTIMATED"))
        .body("memoryMib", equalTo(257))
        .body("exits[0].accuracy", equalTo(0.6f));
    t.viewer().get(path(w)).then().statusCode(200).body("layers[2].inputs", equalTo(List.of(1)));

    t.operator()
        .header("If-Match", "\"7\"")
        .body(chainProfile())
        .put(path(w))
        .then()
        .statusCode(412);
    Map<String, Object> measured = chainProfile();
    measured.put("source", "MEASURED");
    measured.put("memoryMib", 900);
    t.operator()
        .header("If-Match", "\"0\"")
        .body(measured)
        .put(path(w))
        .then()
        .statusCode(200)
        .body("memoryMib", equalTo(900))
        .body("version", equalTo(1));

    t.viewer()
        .body(chainProfile())
        .put(path(w))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    t.viewer().delete(path(w)).then().statusCode(403);
    t.operator().delete(path(w)).then().statusCode(204);
    t.viewer().get(path(w)).then().statusCode(404);
  }

  @Test
  void rejectsLayerGraphsThatAreNotTopologicalNamingEachField() {
    TenantWorld w = TenantWorld.create("badprofile");
    Map<String, Object> bad = chainProfile();
    bad.put(
        "layers",
        List.of(
            layer("a", -1, 10, List.of()),
            layer("b", 1, -5, List.of(1)),
            layer("c", 1, 10, List.of(0, 0))));
    bad.put("exits", List.of(Map.of("afterLayer", 2, "gflops", 0.1, "accuracy", 1.5)));
    w.tenant()
        .operator()
        .body(bad)
        .put(path(w))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems(
                "layers[0].gflops",
                "layers[1].outputBytes",
                "layers[1].inputs[0]",
                "layers[2].inputs[1]",
                "exits[0].afterLayer",
                "exits[0].accuracy"));

    Map<String, Object> dangling = chainProfile();
    dangling.put(
        "layers",
        List.of(
            layer("a", 1, 10, List.of()),
            layer("b", 1, 10, List.of()),
            layer("c", 1, 10, List.of(0))));
    w.tenant()
        .operator()
        .body(dangling)
        .put(path(w))
        .then()
        .statusCode(400)
        .body(
            "errors.find { it.field == 'layers[1]' }.message",
            containsString("no later layer reads"));

    Map<String, Object> empty = chainProfile();
    empty.put("layers", List.of());
    w.tenant()
        .operator()
        .body(empty)
        .put(path(w))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("layers"));
    Map<String, Object> missing = chainProfile();
    missing.remove("inputBytes");
    w.tenant()
        .operator()
        .body(missing)
        .put(path(w))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("inputBytes"));
    w.tenant()
        .viewer()
        .get(path(w))
        .then()
        .statusCode(404)
        .body("detail", containsString("profile"));
  }

  @Test
  void anotherTenantsVersionReadsAsNotFound() {
    TenantWorld a = TenantWorld.create("profa");
    TenantWorld b = TenantWorld.create("profb");
    a.tenant().operator().body(chainProfile()).put(path(a)).then().statusCode(200);
    b.tenant().viewer().get(path(a)).then().statusCode(404);
    b.tenant().operator().body(chainProfile()).put(path(a)).then().statusCode(404);
    b.tenant().operator().delete(path(a)).then().statusCode(404);
    a.tenant().viewer().get(path(a)).then().statusCode(200);
  }
}
