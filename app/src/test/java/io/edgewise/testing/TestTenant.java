package io.edgewise.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tenant created through the real API, with an admin, an operator and a viewer account and
 * helpers to call the API as each of them.
 */
public record TestTenant(
    UUID id, String slug, String adminEmail, String operatorEmail, String viewerEmail) {

  public static final String PASSWORD = "correct-horse-battery";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /**
   * Creates a fresh tenant with a unique slug; tests never share tenants, so they stay independent.
   */
  public static TestTenant create(String prefix) {
    String slug =
        prefix
            + "-"
            + SEQUENCE.incrementAndGet()
            + "-"
            + UUID.randomUUID().toString().substring(0, 6);
    String admin = "admin@" + slug + ".test";
    String id =
        platform()
            .contentType(ContentType.JSON)
            .body(tenantBody(slug, "Tenant " + slug, admin, PASSWORD))
            .post("/api/v1/tenants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    TestTenant tenant =
        new TestTenant(
            UUID.fromString(id),
            slug,
            admin,
            "operator@" + slug + ".test",
            "viewer@" + slug + ".test");
    tenant.addUser(tenant.operatorEmail, "OPERATOR");
    tenant.addUser(tenant.viewerEmail, "VIEWER");
    return tenant;
  }

  /** The body that creates tenant {@code slug} with its first admin. */
  public static Map<String, Object> tenantBody(
      String slug, String name, String adminEmail, String adminPassword) {
    return Map.of(
        "slug", slug, "name", name, "adminEmail", adminEmail, "adminPassword", adminPassword);
  }

  public static RequestSpecification platform() {
    return given()
        .auth()
        .preemptive()
        .basic(EmbeddedPostgresResource.PLATFORM_ADMIN, EmbeddedPostgresResource.PLATFORM_PASSWORD);
  }

  public RequestSpecification admin() {
    return as(adminEmail);
  }

  public RequestSpecification operator() {
    return as(operatorEmail);
  }

  public RequestSpecification viewer() {
    return as(viewerEmail);
  }

  public RequestSpecification as(String email) {
    return given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
  }

  /** A request that authenticates with an API token or agent credential. */
  public static RequestSpecification bearer(String secret) {
    return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
  }

  /** Registers an agent with an AGENT token; returns the registration (node id and credential). */
  public static ExtractableResponse<Response> registerAgent(
      String agentToken, Map<String, ?> registration) {
    return bearer(agentToken)
        .body(registration)
        .post("/api/v1/agent/register")
        .then()
        .statusCode(201)
        .extract();
  }

  /** Creates a site as the admin; returns its id. */
  public String createSite(Map<String, ?> body) {
    return createdId(admin().body(body).post("/api/v1/sites"));
  }

  /** Creates a fleet as the operator; returns its id. */
  public String createFleet(Map<String, ?> body) {
    return createdId(operator().body(body).post("/api/v1/fleets"));
  }

  /** Creates a model as the operator; returns its id. */
  public String createModel(Map<String, ?> body) {
    return createdId(operator().body(body).post("/api/v1/models"));
  }

  /**
   * Uploads {@code onnx} as version {@code label} of the model, as the operator; returns its id.
   */
  public String uploadVersion(String modelId, String label, byte[] onnx) {
    return createdId(
        operator()
            .contentType("application/octet-stream")
            .body(onnx)
            .post("/api/v1/models/" + modelId + "/versions?label=" + label));
  }

  /** Creates a deployment as the operator; returns its id. */
  public String createDeployment(Map<String, ?> body) {
    return createdId(operator().body(body).post("/api/v1/deployments"));
  }

  /**
   * Imports a JSON device list ({@code {"devices": [...]}}) into the fleet as the operator; returns
   * the accepted (200) answer for further checks.
   */
  public ValidatableResponse importDevices(String fleetId, String devices) {
    return operator()
        .body(devices)
        .post("/api/v1/fleets/" + fleetId + "/devices/import")
        .then()
        .statusCode(200);
  }

  private static String createdId(Response response) {
    return response.then().statusCode(201).extract().path("id");
  }

  /** Issues an API token with {@code role} and returns its secret. */
  public String token(String role) {
    return admin()
        .body(Map.of("name", role.toLowerCase() + "-" + UUID.randomUUID(), "role", role))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private void addUser(String email, String role) {
    admin()
        .body(Map.of("email", email, "password", PASSWORD, "role", role))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
  }
}
