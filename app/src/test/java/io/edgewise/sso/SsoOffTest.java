package io.edgewise.sso;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Without an issuer, OIDC stays off: the application starts (this test running is the proof), the
 * login page offers no Keycloak button, and a bearer token that is not an Edgewise API token is
 * simply not accepted (401 problem+json), never an error.
 */
@QuarkusTest
class SsoOffTest {

  @Inject SsoStatus sso;

  @Test
  void noIssuerMeansNoSingleSignOn() {
    assertThat(sso.enabled()).isFalse();
  }

  @Test
  void foreignBearerTokenAnswers401WhenOidcIsOff() {
    given()
        .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
