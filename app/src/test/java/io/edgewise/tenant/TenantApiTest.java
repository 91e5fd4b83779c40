package io.edgewise.tenant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.edgewise.testing.Sql;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantApiTest {

  private static Map<String, Object> tenant(String slug, String email) {
    return TestTenant.tenantBody(slug, "Acme " + slug, email, "a-long-password");
  }

  @Test
  void platformAdminCreatesATenantWhoseAdminCanSignIn() {
    String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    TestTenant.platform()
        .contentType(ContentType.JSON)
        .body(tenant(slug, "boss@" + slug + ".test"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(201)
        .body("slug", equalTo(slug))
        .body("admin.email", equalTo("boss@" + slug + ".test"));
    given()
        .auth()
        .preemptive()
        .basic("boss@" + slug + ".test", "a-long-password")
        .get("/api/v1/tenant")
        .then()
        .statusCode(200)
        .body("slug", equalTo(slug));
    given()
        .auth()
        .preemptive()
        .basic("BOSS@" + slug + ".test", "a-long-password")
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("roles", hasItem("ADMIN"))
        .body("roles", hasItem("VIEWER"));
  }

  @Test
  void duplicateSlugOrLoginIsAConflictAndWritesNothing() {
    String slug = "dup-" + UUID.randomUUID().toString().substring(0, 8);
    TestTenant.platform()
        .contentType(ContentType.JSON)
        .body(tenant(slug, "a@" + slug + ".test"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(201);
    TestTenant.platform()
        .contentType(ContentType.JSON)
        .body(tenant(slug, "b@" + slug + ".test"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(409);
    TestTenant.platform()
        .contentType(ContentType.JSON)
        .body(tenant(slug + "-2", "a@" + slug + ".test"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(409);
    assertThat(Sql.count("select count(*) from tenants where slug like ?", slug + "%"))
        .isEqualTo(1);
    assertThat(Sql.count("select count(*) from users where email = ?", "b@" + slug + ".test"))
        .isZero();
  }

  @Test
  void invalidTenantRequestsNameTheFieldsAndWriteNothing() {
    TestTenant.platform()
        .contentType(ContentType.JSON)
        .body(TestTenant.tenantBody("Bad Slug!", "", "not-an-email", "x"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("slug"))
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("adminEmail"));
    String slug = "weak-" + UUID.randomUUID().toString().substring(0, 8);
    TestTenant.platform()
        .contentType(ContentType.JSON)
        .body(TestTenant.tenantBody(slug, "Weak", "w@" + slug + ".test", "short"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("adminPassword"));
    assertThat(Sql.count("select count(*) from tenants where slug = ?", slug)).isZero();
  }

  @Test
  void onlyThePlatformAdminManagesTenants() {
    TestTenant t = TestTenant.create("tenantrole");
    t.admin()
        .body(tenant("intruder-" + UUID.randomUUID().toString().substring(0, 6), "x@intruder.test"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(403);
    t.admin().get("/api/v1/tenants").then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(tenant("anon-tenant", "x@anon.test"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(401);
    TestTenant.platform()
        .get("/api/v1/tenants/" + t.id())
        .then()
        .statusCode(200)
        .body("slug", equalTo(t.slug()));
    TestTenant.platform().get("/api/v1/sites").then().statusCode(403);
  }
}
