package io.edgewise.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.registry.OnnxTestModels;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that takes an id, called with tenant B's administrator credentials on tenant A's
 * ids: all answer 404 (as for an unknown id) and nothing of tenant A changes.
 */
@QuarkusTest
class TenancyMatrixTest {

  private static TenantWorld a;
  private static TenantWorld b;

  private record Call(String description, Function<RequestSpecification, Response> call) {}

  /** Created on first use: the app (and its random port) only exists once a test runs. */
  @BeforeEach
  void twoTenants() {
    if (a == null) {
      a = TenantWorld.create("matrixa");
      b = TenantWorld.create("matrixb");
    }
  }

  @Test
  void tenantBGets404OnEveryTenantAIdAndChangesNothing() {
    String before = snapshot();
    List<String> leaks = new ArrayList<>();
    for (Call call : callsOnTenantAIds()) {
      Response response = call.call().apply(b.tenant().admin());
      if (response.statusCode() != 404
          || !response.contentType().startsWith("application/problem+json")) {
        leaks.add(call.description() + " -> " + response.statusCode());
      }
    }
    assertThat(leaks).as("endpoints that did not answer 404 problem+json").isEmpty();
    assertThat(snapshot()).as("tenant A's rows after the attempts").isEqualTo(before);
  }

  @Test
  void tenantBCannotReferenceTenantAResourcesInItsOwnWrites() {
    TestTenant t = b.tenant();
    t.operator()
        .body(TenantWorld.fleet("stolen-site-fleet", a.site()))
        .post("/api/v1/fleets")
        .then()
        .statusCode(422);
    t.admin()
        .body(TenantWorld.node("stolen-site-node", a.site()))
        .post("/api/v1/nodes")
        .then()
        .statusCode(422);
    t.operator()
        .body(TenantWorld.deployment("stolen-version", a.version(), b.fleet(), b.site()))
        .post("/api/v1/deployments")
        .then()
        .statusCode(422);
    t.operator()
        .body(TenantWorld.deployment("stolen-fleet", b.version(), a.fleet(), b.site()))
        .post("/api/v1/deployments")
        .then()
        .statusCode(422);
    t.operator()
        .body(TenantWorld.deployment("stolen-target", b.version(), b.fleet(), a.site()))
        .post("/api/v1/deployments")
        .then()
        .statusCode(422);
    assertThat(Sql.count("select count(*) from fleets where tenant_id = ?", t.id())).isEqualTo(1);
    assertThat(Sql.count("select count(*) from deployments where tenant_id = ?", t.id()))
        .isEqualTo(1);
  }

  @Test
  void listsNeverShowAnotherTenantsRows() {
    for (String path :
        Stream.concat(TenantWorld.RESOURCE_LISTS.stream(), TenantWorld.ADMIN_LISTS.stream())
            .toList()) {
      List<String> ids =
          b.tenant()
              .admin()
              .get(path + "?size=500")
              .then()
              .statusCode(200)
              .extract()
              .path("items.id");
      assertThat(ids)
          .as(path)
          .doesNotContain(
              a.site(),
              a.node(),
              a.fleet(),
              a.device(),
              a.model(),
              a.deployment(),
              a.user(),
              a.token());
    }
  }

  private static List<Call> callsOnTenantAIds() {
    String versionPath = "/api/v1/models/" + a.model() + "/versions/" + a.version();
    byte[] onnx = OnnxTestModels.mlp().toByteArray();
    return List.of(
        new Call("GET site", s -> s.get("/api/v1/sites/" + a.site())),
        new Call(
            "PUT site", s -> s.body(TenantWorld.site("renamed")).put("/api/v1/sites/" + a.site())),
        new Call("DELETE site", s -> s.delete("/api/v1/sites/" + a.site())),
        new Call("GET node", s -> s.get("/api/v1/nodes/" + a.node())),
        new Call(
            "PUT node",
            s -> s.body(TenantWorld.node("renamed", b.site())).put("/api/v1/nodes/" + a.node())),
        new Call("GET node transitions", s -> s.get("/api/v1/nodes/" + a.node() + "/transitions")),
        new Call("DELETE node", s -> s.delete("/api/v1/nodes/" + a.node())),
        new Call("GET fleet", s -> s.get("/api/v1/fleets/" + a.fleet())),
        new Call(
            "PUT fleet",
            s -> s.body(TenantWorld.fleet("renamed", b.site())).put("/api/v1/fleets/" + a.fleet())),
        new Call("DELETE fleet", s -> s.delete("/api/v1/fleets/" + a.fleet())),
        new Call("GET fleet devices", s -> s.get("/api/v1/fleets/" + a.fleet() + "/devices")),
        new Call(
            "POST fleet device",
            s ->
                s.body(TenantWorld.device("planted"))
                    .post("/api/v1/fleets/" + a.fleet() + "/devices")),
        new Call(
            "POST fleet import",
            s ->
                s.body(List.of(TenantWorld.device("planted")))
                    .post("/api/v1/fleets/" + a.fleet() + "/devices/import")),
        new Call(
            "POST fleet import csv",
            s ->
                s.contentType("text/csv")
                    .body("externalId,computeGflops,linkMbps,linkRttMs\nplanted,1,1,1\n")
                    .post("/api/v1/fleets/" + a.fleet() + "/devices/import")),
        new Call("GET device", s -> s.get("/api/v1/devices/" + a.device())),
        new Call(
            "PUT device",
            s -> s.body(TenantWorld.device("renamed")).put("/api/v1/devices/" + a.device())),
        new Call("DELETE device", s -> s.delete("/api/v1/devices/" + a.device())),
        new Call("GET model", s -> s.get("/api/v1/models/" + a.model())),
        new Call(
            "PUT model",
            s -> s.body(TenantWorld.model("renamed")).put("/api/v1/models/" + a.model())),
        new Call("DELETE model", s -> s.delete("/api/v1/models/" + a.model())),
        new Call("GET versions", s -> s.get("/api/v1/models/" + a.model() + "/versions")),
        new Call(
            "POST version",
            s ->
                s.contentType("application/octet-stream")
                    .body(onnx)
                    .post("/api/v1/models/" + a.model() + "/versions?label=9")),
        new Call("GET version", s -> s.get(versionPath)),
        new Call(
            "GET version via own model",
            s -> s.get("/api/v1/models/" + b.model() + "/versions/" + a.version())),
        new Call("GET artifact", s -> s.get(versionPath + "/artifact")),
        new Call("DELETE version", s -> s.delete(versionPath)),
        new Call("GET deployment", s -> s.get("/api/v1/deployments/" + a.deployment())),
        new Call(
            "PUT deployment",
            s ->
                s.body(TenantWorld.deployment("renamed", b.version(), b.fleet(), b.site()))
                    .put("/api/v1/deployments/" + a.deployment())),
        new Call("DELETE deployment", s -> s.delete("/api/v1/deployments/" + a.deployment())),
        new Call("GET user", s -> s.get("/api/v1/users/" + a.user())),
        new Call("PUT user", s -> s.body(Map.of("role", "ADMIN")).put("/api/v1/users/" + a.user())),
        new Call("DELETE user", s -> s.delete("/api/v1/users/" + a.user())),
        new Call("GET token", s -> s.get("/api/v1/tokens/" + a.token())),
        new Call("DELETE token", s -> s.delete("/api/v1/tokens/" + a.token())));
  }

  /** Every row of tenant A with its version (or revocation), as one comparable string. */
  private static String snapshot() {
    StringBuilder out = new StringBuilder();
    for (String table :
        List.of(
            "sites",
            "nodes",
            "fleets",
            "devices",
            "models",
            "model_versions",
            "deployments",
            "users")) {
      out.append(table)
          .append('=')
          .append(
              Sql.count("select count(*) from " + table + " where tenant_id = ?", a.tenant().id()))
          .append('/')
          .append(
              Sql.count(
                  "select coalesce(sum(version), 0) from " + table + " where tenant_id = ?",
                  a.tenant().id()))
          .append(' ');
    }
    out.append("gpus=")
        .append(Sql.count("select count(*) from gpus where tenant_id = ?", a.tenant().id()));
    out.append(" deployment_sites=")
        .append(
            Sql.count(
                "select count(*) from deployment_sites where tenant_id = ?", a.tenant().id()));
    out.append(" revoked=")
        .append(
            Sql.count(
                "select count(*) from api_tokens where tenant_id = ? and revoked_at is not null",
                a.tenant().id()));
    return out.toString();
  }
}
