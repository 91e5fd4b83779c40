package io.edgewise.registry;

import io.edgewise.testing.TestTenant;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/** Shared steps of the registry's REST tests: models, uploads, and looks at the artifact folder. */
final class RegistryFixtures {

  private RegistryFixtures() {}

  static String createModel(TestTenant t, String name) {
    return t.operator()
        .body(Map.of("name", name, "task", "image-classification", "family", "CNN"))
        .post("/api/v1/models")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static ValidatableResponse upload(
      RequestSpecification as, String modelId, String label, byte[] body) {
    return as.contentType("application/octet-stream")
        .queryParam("label", label)
        .body(body)
        .post("/api/v1/models/" + modelId + "/versions")
        .then();
  }

  /** The folder under which the app keeps artifacts in this test run. */
  static Path artifactRoot() {
    return Path.of(ConfigProvider.getConfig().getValue("edgewise.data-dir", String.class))
        .resolve("artifacts");
  }

  /** The files stored for {@code tenant}, by name (each named by its sha256). */
  static List<String> storedFiles(TestTenant tenant) {
    return list(artifactRoot().resolve(tenant.id().toString()));
  }

  /** Uploads still being written (or left behind by a failed one). */
  static List<String> incomingFiles() {
    return list(artifactRoot().resolve(".incoming"));
  }

  private static List<String> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes a deployment use {@code versionId}, written as the database superuser since deployments
   * have no API yet.
   */
  static void deployVersion(TestTenant t, String versionId) throws SQLException {
    String siteId =
        t.admin()
            .body(
                Map.of(
                    "name",
                    "site-" + UUID.randomUUID(),
                    "paradigm",
                    "MEC",
                    "uplinkMbps",
                    100,
                    "rttMs",
                    10))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    UUID fleetId = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      try (PreparedStatement fleet =
          c.prepareStatement(
              "INSERT INTO fleets (id, tenant_id, site_id, name, domain, application, device_class,"
                  + " created_at, updated_at) VALUES (?, ?, ?, 'cameras', 'SMART_CITY', 'video"
                  + " analytics', 'camera', ?, ?)")) {
        fleet.setObject(1, fleetId);
        fleet.setObject(2, t.id());
        fleet.setObject(3, UUID.fromString(siteId));
        fleet.setTimestamp(4, now);
        fleet.setTimestamp(5, now);
        fleet.executeUpdate();
      }
      try (PreparedStatement deployment =
          c.prepareStatement(
              "INSERT INTO deployments (id, tenant_id, name, model_version_id, fleet_id,"
                  + " latency_slo_ms, strategy, replicas, status, created_at, updated_at) VALUES"
                  + " (?, ?, 'detect', ?, ?, 50, 'AUTO', 1, 'ACTIVE', ?, ?)")) {
        deployment.setObject(1, UUID.randomUUID());
        deployment.setObject(2, t.id());
        deployment.setObject(3, UUID.fromString(versionId));
        deployment.setObject(4, fleetId);
        deployment.setTimestamp(5, now);
        deployment.setTimestamp(6, now);
        deployment.executeUpdate();
      }
    }
  }
}
