package io.edgewise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract operators rely on, checked on the packaged jar: it starts on an empty data folder
 * with the embedded PostgreSQL (migrations applied to an empty database), seeds the demo tenant,
 * answers 401 without credentials, and restarts on the same folder with its data intact.
 */
class PackagedAppIT {

  private static final String DEMO_PASSWORD = "demo-password-it";
  private static final Map<String, String> ENV =
      Map.of(
          "EDGEWISE_DEMO_ADMIN_PASSWORD",
          DEMO_PASSWORD,
          "EDGEWISE_PLATFORM_ADMIN_PASSWORD",
          "platform-password-it");

  @Test
  void startsWithDemoDataAndRestartsWithItsDataIntact() throws Exception {
    Path dataDir = Files.createTempDirectory("edgewise-it-");
    try (PackagedApp app = PackagedApp.start(dataDir, ENV)) {
      var sites = app.get("/api/v1/sites", "admin@demo.local", DEMO_PASSWORD);
      assertThat(sites.statusCode()).isEqualTo(200);
      assertThat(sites.body()).contains("CLOUDLET", "FOG", "MEC", "CLOUD");
      assertThat(app.get("/api/v1/sites", null, null).statusCode()).isEqualTo(401);
      assertThat(app.get("/api/v1/tenants", "admin@edgewise.local", "platform-password-it").body())
          .contains("\"slug\":\"demo\"");
      var created =
          app.postJson(
              "/api/v1/sites",
              "admin@demo.local",
              DEMO_PASSWORD,
              "{\"name\":\"survives-restart\",\"paradigm\":\"FOG\",\"uplinkMbps\":100,\"rttMs\":9}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    assertThat(dataDir.resolve("postgres/postmaster.pid"))
        .as("PostgreSQL stopped with the app")
        .doesNotExist();

    try (PackagedApp again = PackagedApp.start(dataDir, Map.of())) {
      var sites = again.get("/api/v1/sites?size=100", "admin@demo.local", DEMO_PASSWORD);
      assertThat(sites.statusCode()).isEqualTo(200);
      assertThat(sites.body()).contains("survives-restart");
      assertThat(sites.body()).as("demo data is seeded once").contains("\"totalItems\":5");
    }
  }
}
