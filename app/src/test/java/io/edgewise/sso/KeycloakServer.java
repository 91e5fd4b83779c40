package io.edgewise.sso;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real Keycloak for the tests: the distribution from Maven Central run in {@code start-dev} mode
 * on a free loopback port with an in-memory database, importing {@code
 * keycloak/edgewise-test-realm.json}. Started at most once per test run and stopped when the run
 * ends. Where the distribution or Java 21+ is missing, the Keycloak tests skip and say why, unless
 * {@code EDGEWISE_REQUIRE_KEYCLOAK=1} (CI) makes that a failure.
 */
final class KeycloakServer {

  static final String REALM = "edgewise-test";

  /**
   * The master realm's bootstrap administrator, for tests that change users through the admin API.
   */
  static final String ADMIN = "keycloak-admin";

  static final String ADMIN_PASSWORD = "keycloak-admin-password";
  private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
  private static final Duration START_LIMIT = Duration.ofSeconds(180);

  private static KeycloakServer running;
  private static String unavailable;

  private final Process process;
  private final int port;
  private final Duration startTime;

  private KeycloakServer(Process process, int port, Duration startTime) {
    this.process = process;
    this.port = port;
    this.startTime = startTime;
  }

  /**
   * The running server, started on first use; null (with {@link #unavailableReason}) when it cannot
   * run here.
   */
  static synchronized KeycloakServer startOnce() {
    if (running == null && unavailable == null) {
      try {
        running = start();
        Runtime.getRuntime()
            .addShutdownHook(new Thread(KeycloakServer::stopRunning, "keycloak-stop"));
      } catch (IllegalStateException e) {
        unavailable = e.getMessage();
        LOG.warnf("Keycloak tests cannot run: %s", unavailable);
      } catch (IOException e) {
        unavailable = "Keycloak did not start: " + e.getMessage();
        LOG.warn(unavailable, e);
      }
    }
    return running;
  }

  /** Skips the calling test (fails it with EDGEWISE_REQUIRE_KEYCLOAK=1) unless Keycloak runs. */
  static KeycloakServer require() {
    KeycloakServer server = startOnce();
    if (server == null) {
      if ("1".equals(System.getenv("EDGEWISE_REQUIRE_KEYCLOAK"))) {
        fail(unavailable + " (EDGEWISE_REQUIRE_KEYCLOAK=1: the Keycloak tests must run here)");
      }
      assumeTrue(false, unavailable);
    }
    return server;
  }

  String issuer() {
    return base() + "/realms/" + REALM;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  Duration startTime() {
    return startTime;
  }

  private static KeycloakServer start() throws IOException {
    Path home = KeycloakDistribution.home();
    Path javaHome = KeycloakDistribution.javaHome();
    Path imports = Files.createDirectories(home.resolve("data/import"));
    try (InputStream realm =
        KeycloakServer.class.getResourceAsStream("/keycloak/edgewise-test-realm.json")) {
      Files.copy(
          realm, imports.resolve("edgewise-test-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "/bin/bash",
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + freePort(),
                    "--db=dev-mem",
                    "--import-realm",
                    "--cache=local"))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.getParent().resolve("keycloak.log").toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    long started = System.nanoTime();
    Process process = builder.start();
    KeycloakServer server = new KeycloakServer(process, port, Duration.ZERO);
    server.awaitRealm(started);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.infof(
        "Keycloak %s ready on port %d in %.1f s (log: %s)",
        KeycloakDistribution.VERSION,
        port,
        took.toMillis() / 1000.0,
        home.getParent().resolve("keycloak.log"));
    return new KeycloakServer(process, port, took);
  }

  private void awaitRealm(long started) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() - started < START_LIMIT.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with status "
                + process.exitValue()
                + " while starting; see target/keycloak/keycloak.log");
      }
      try {
        if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for Keycloak", e);
      }
      sleep(Duration.ofMillis(500));
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Keycloak was not ready after "
            + START_LIMIT.toSeconds()
            + " s; see target/keycloak/keycloak.log");
  }

  /** Stops the server of this run, if one was started. */
  static synchronized void stopRunning() {
    if (running != null) {
      running.process.destroy();
      try {
        if (!running.process.waitFor(20, TimeUnit.SECONDS)) {
          running.process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        running.process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      running = null;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
