package io.edgewise.sso;

import static io.restassured.RestAssured.given;

import io.edgewise.testing.TestTenant;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The Edgewise side of the test realm: tenants {@code kc-alpha} and {@code kc-beta}, whose slugs
 * the realm's users and service accounts carry in their {@code tenant} attribute, each with a local
 * admin. {@code kc-missing}, named by other realm users, deliberately does not exist.
 */
final class KeycloakTenants {

  static final String ALPHA = "kc-alpha";
  static final String BETA = "kc-beta";
  static final String PASSWORD = TestTenant.PASSWORD;

  private KeycloakTenants() {}

  /**
   * The running Keycloak (started on first use, or the test is skipped) with both tenants in place.
   */
  static KeycloakServer ready() {
    KeycloakServer keycloak = KeycloakServer.require();
    ensure();
    return keycloak;
  }

  /** Creates both tenants unless an earlier test of this run did. */
  static synchronized void ensure() {
    for (String slug : new String[] {ALPHA, BETA}) {
      int status =
          TestTenant.platform()
              .contentType(ContentType.JSON)
              .body(TestTenant.tenantBody(slug, "Tenant " + slug, admin(slug), PASSWORD))
              .post("/api/v1/tenants")
              .then()
              .extract()
              .statusCode();
      if (status != 201 && status != 409) {
        throw new IllegalStateException("creating tenant " + slug + " answered " + status);
      }
    }
  }

  static String admin(String slug) {
    return "admin@" + slug + ".test";
  }

  /** An Edgewise local administrator of {@code slug}, over HTTP Basic. */
  static RequestSpecification localAdmin(String slug) {
    return given().auth().preemptive().basic(admin(slug), PASSWORD).contentType(ContentType.JSON);
  }
}
