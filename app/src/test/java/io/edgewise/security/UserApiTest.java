package io.edgewise.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {

  @Test
  void adminManagesUsersAndRoleChangesTakeEffect() {
    TestTenant t = TestTenant.create("users");
    String email = "new@" + t.slug() + ".test";
    String id =
        t.admin()
            .body(Map.of("email", email, "password", TestTenant.PASSWORD, "role", "VIEWER"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .body("role", equalTo("VIEWER"))
            .body("$", not(Matchers.hasKey("passwordHash")))
            .extract()
            .path("id");
    t.as(email)
        .body(Map.of("name", "s", "paradigm", "FOG", "uplinkMbps", 1, "rttMs", 1))
        .post("/api/v1/sites")
        .then()
        .statusCode(403);
    t.admin()
        .body(Map.of("role", "ADMIN"))
        .put("/api/v1/users/" + id)
        .then()
        .statusCode(200)
        .body("role", equalTo("ADMIN"));
    t.as(email)
        .body(Map.of("name", "s", "paradigm", "FOG", "uplinkMbps", 1, "rttMs", 1))
        .post("/api/v1/sites")
        .then()
        .statusCode(201);
    t.admin().body(Map.of("enabled", false)).put("/api/v1/users/" + id).then().statusCode(200);
    t.as(email).get("/api/v1/sites").then().statusCode(401);
    t.admin().delete("/api/v1/users/" + id).then().statusCode(204);
  }

  @Test
  void loginNamesAreUniqueAcrossTenants() {
    TestTenant a = TestTenant.create("usersa");
    TestTenant b = TestTenant.create("usersb");
    b.admin()
        .body(
            Map.of(
                "email",
                a.viewerEmail().toUpperCase(),
                "password",
                TestTenant.PASSWORD,
                "role",
                "VIEWER"))
        .post("/api/v1/users")
        .then()
        .statusCode(409);
  }

  @Test
  void invalidUsersAreRefusedWithFieldErrors() {
    TestTenant t = TestTenant.create("usersbad");
    t.admin()
        .body(Map.of("email", "nope", "password", "short", "role", "OWNER"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
    t.admin()
        .body(Map.of("email", "nope", "password", "long-enough-pw", "role", "VIEWER"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"));
    t.admin()
        .body(Map.of("email", "ok@" + t.slug() + ".test", "password", "short", "role", "VIEWER"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
    t.admin()
        .body(
            Map.of(
                "email",
                "pa@" + t.slug() + ".test",
                "password",
                "long-enough-pw",
                "role",
                "PLATFORM_ADMIN"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
  }

  @Test
  void theLastAdminCannotBeDemotedOrDeleted() {
    TestTenant t = TestTenant.create("lastadmin");
    String adminId =
        t.admin()
            .get("/api/v1/users?sort=email")
            .then()
            .statusCode(200)
            .extract()
            .path("items.find { it.role == 'ADMIN' }.id");
    t.admin().body(Map.of("role", "VIEWER")).put("/api/v1/users/" + adminId).then().statusCode(409);
    t.admin().delete("/api/v1/users/" + adminId).then().statusCode(409);
  }

  @Test
  void operatorsAndViewersCannotManageUsers() {
    TestTenant t = TestTenant.create("userrole");
    Map<String, Object> body =
        Map.of(
            "email", "x@" + t.slug() + ".test", "password", TestTenant.PASSWORD, "role", "ADMIN");
    t.operator().body(body).post("/api/v1/users").then().statusCode(403);
    t.viewer().body(body).post("/api/v1/users").then().statusCode(403);
    t.operator().get("/api/v1/users").then().statusCode(403);
    given().get("/api/v1/users").then().statusCode(401);
  }

  @Test
  void tenantBCannotSeeOrChangeTenantAUsers() {
    TestTenant a = TestTenant.create("usertena");
    TestTenant b = TestTenant.create("usertenb");
    String viewerId =
        a.admin()
            .get("/api/v1/users")
            .then()
            .extract()
            .path("items.find { it.role == 'VIEWER' }.id");
    b.admin().get("/api/v1/users/" + viewerId).then().statusCode(404);
    b.admin().body(Map.of("role", "ADMIN")).put("/api/v1/users/" + viewerId).then().statusCode(404);
    b.admin().delete("/api/v1/users/" + viewerId).then().statusCode(404);
    a.admin()
        .get("/api/v1/users/" + viewerId)
        .then()
        .statusCode(200)
        .body("role", equalTo("VIEWER"));
    b.admin().get("/api/v1/users").then().body("items.email", not(hasItem(a.viewerEmail())));
  }
}
