package io.edgewise.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The browser sign-in over plain HTTP, next to the API it must leave alone: the form post sets the
 * session cookie or sends the browser back with an error, and API calls without credentials still
 * get 401 problem+json, never a redirect to the login page.
 */
@QuarkusTest
class FormLoginTest {

  private static RequestSpecification noRedirects() {
    return given()
        .config(
            RestAssuredConfig.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false)));
  }

  @Test
  void rightPasswordSetsTheSessionCookieAndLandsOnTheOverview() {
    TestTenant t = TestTenant.create("form");
    noRedirects()
        .formParam("username", t.operatorEmail())
        .formParam("password", TestTenant.PASSWORD)
        .post("/j_security_check")
        .then()
        .statusCode(302)
        .header("Location", endsWith("/"))
        .cookie("edgewise-session");
  }

  @Test
  void wrongPasswordGoesBackToTheLoginPageWithoutACookie() {
    TestTenant t = TestTenant.create("form");
    Response response =
        noRedirects()
            .formParam("username", t.operatorEmail())
            .formParam("password", "wrong")
            .post("/j_security_check");
    response.then().statusCode(302).header("Location", endsWith("/login?error"));
    assertThat(response.getCookies()).doesNotContainKey("edgewise-session");
  }

  @Test
  void apiWithoutCredentialsAnswers401ProblemNotARedirect() {
    noRedirects()
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", endsWith("/unauthorized"));
    noRedirects()
        .accept("text/html")
        .get("/api/v1/fleets")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void apiWithWrongBasicCredentialsAnswers401Problem() {
    noRedirects()
        .auth()
        .preemptive()
        .basic("nobody@example.test", "wrong")
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }
}
