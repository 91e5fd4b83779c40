package io.edgewise.app.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries on the classpath, with its data folder kept across
 * restarts. It creates the database {@value #DATABASE} owned by the role {@value #APP_ROLE}, which
 * is neither a superuser nor {@code BYPASSRLS}, so row-level security binds the application.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "edgewise";
  public static final String APP_ROLE = "edgewise_app";
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final String appPassword;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String appPassword) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.appPassword = appPassword;
  }

  /**
   * Starts PostgreSQL on a free loopback port over {@code dataDirectory}; it stops when the JVM
   * exits.
   */
  public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
    return start(dataDirectory, true);
  }

  /**
   * Starts PostgreSQL on a free loopback port over {@code dataDirectory}, creating it on first use.
   * With {@code stopWithJvm} false the caller must {@link #close()} it (after the application
   * stopped using it, so shutdown does not race the connection pool).
   */
  public static EmbeddedDatabase start(Path dataDirectory, boolean stopWithJvm) throws IOException {
    Path pgData = dataDirectory.resolve("postgres");
    Files.createDirectories(pgData);
    long started = System.nanoTime();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(stopWithJvm)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "100")
            .setServerConfig("fsync", "on")
            .start();
    String password = AppRolePassword.loadOrCreate(dataDirectory.resolve("app-role.secret"));
    try {
      prepareAppRole(postgres, password);
    } catch (SQLException e) {
      postgres.close();
      throw new IOException("could not prepare the application role in the embedded PostgreSQL", e);
    }
    LOG.infof(
        "Embedded PostgreSQL listening on 127.0.0.1:%d, data in %s (started in %d ms)",
        postgres.getPort(), pgData.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
    return new EmbeddedDatabase(postgres, dataDirectory, password);
  }

  private static void prepareAppRole(EmbeddedPostgres postgres, String password)
      throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", APP_ROLE)) {
        s.execute(
            "CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB");
      }
      // ALTER ROLE takes no bind parameters; the password is our own hex secret, never user input
      s.execute("ALTER ROLE " + APP_ROLE + " PASSWORD '" + password + "'");
      if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + APP_ROLE);
      }
    }
  }

  private static boolean exists(Connection c, String sql, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  /** The superuser URL, for tests that must inspect the database from outside the application. */
  public String superuserJdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE + "?user=postgres";
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /**
   * Quarkus configuration that points the default datasource at this server as the application
   * role.
   */
  public Map<String, String> datasourceConfig() {
    return Map.of(
        "quarkus.datasource.jdbc.url",
        jdbcUrl(),
        "quarkus.datasource.username",
        APP_ROLE,
        "quarkus.datasource.password",
        appPassword,
        "edgewise.database.embedded",
        "true");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
